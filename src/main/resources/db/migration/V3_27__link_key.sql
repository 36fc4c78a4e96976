-- The key the clients' page tokens are derived from, in the database every instance shares (it was paylinks.key in each
-- instance's data dir: with several instances each derived other tokens and a link sent by one did not open on another).
-- One row; an existing paylinks.key is taken over on first use, so the links already sent keep working.
CREATE TABLE link_key (
    id         INT          PRIMARY KEY,
    key_value  VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
