-- The private payment page of each client (/p/{token}): only the generation of the current link and the SHA-256 of its
-- token are kept; the token itself is derived from a key in the data dir and never stored.
CREATE TABLE client_link (
    client_id  VARCHAR(64) PRIMARY KEY,
    generation INT         NOT NULL,
    token_hash VARCHAR(64) NOT NULL
);
CREATE UNIQUE INDEX client_link_token_hash ON client_link (token_hash);
