-- Conversas: how far the reseller has read each client's thread (the id of the last received message seen). Ids, not
-- times: a provider's timestamp may be older than a message stored a moment before.
CREATE TABLE conversation_read (
    client_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    last_read_id BIGINT      NOT NULL
);
