-- The days whose push summary went out: the row is the claim, so a restart (or a second instance) never sends it twice.
CREATE TABLE push_daily_summary (
    summary_day DATE PRIMARY KEY,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
