-- Reminders handed to JobRunr (one row per reminder key), so a sweep never dispatches one twice and can repair a lost job.
CREATE TABLE reminder_dispatch (
    reminder_key   VARCHAR(36)              NOT NULL PRIMARY KEY,
    client_id      VARCHAR(64)              NOT NULL,
    send_day       DATE                     NOT NULL,
    dispatched_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reminder_dispatch_day ON reminder_dispatch (send_day);

-- One row: the last day fully swept (missed reminders of later past days are recorded at the next sweep).
CREATE TABLE reminder_state (
    id             INT                      NOT NULL PRIMARY KEY,
    last_swept_day DATE
);
INSERT INTO reminder_state (id, last_swept_day) VALUES (1, NULL);

-- Pacing shared by every instance: the next free slot and the recent slots (for the per-minute limit).
CREATE TABLE send_pacer (
    id             INT                      NOT NULL PRIMARY KEY,
    next_slot_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO send_pacer (id, next_slot_at) VALUES (1, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');

CREATE TABLE send_slot (
    slot_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_send_slot_at ON send_slot (slot_at);
