-- One-time tickets of the government-service login: the OIDC callback opens the session and hands the
-- browser a ticket (its keyed hash kept here), which the H5 app exchanges once, within a minute, for
-- the gateway's token; so no token travels in a URL. The provider's ID token waits here only until
-- the exchange (for RP-initiated logout, it goes to the browser) and is then erased.
CREATE TABLE sign_in_ticket (
    ticket_hash   CHAR(64)      NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    session_id    CHAR(36)      NOT NULL,
    token_version INT           NOT NULL,
    id_token      VARCHAR(8000),
    expires_at    DATETIME(6)   NOT NULL,
    used_at       DATETIME(6)
);
CREATE INDEX ix_sign_in_ticket_expires ON sign_in_ticket (expires_at);
