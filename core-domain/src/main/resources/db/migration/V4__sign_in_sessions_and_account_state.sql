-- Sign-in that holds: account state checked on every request, revocable tokens, idle sessions,
-- failures on unknown usernames counted like those on real ones. Portable across MySQL 8,
-- MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE account ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE account ADD COLUMN token_version INT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_account_organisation ON account (organisation_id, role);

-- One row per sign-in; its id travels in the token as "sid". Ended by logout, or idle expiry.
CREATE TABLE sign_in_session (
    id           CHAR(36)    NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    ended_at     DATETIME(6)
);
CREATE INDEX ix_sign_in_session_account ON sign_in_session (account_id);

-- Failed sign-ins of usernames that have no account, keyed by a hash of the normalised name,
-- so that an unknown name locks after the same number of failures as a real one.
CREATE TABLE sign_in_throttle (
    name_hash       CHAR(64)    NOT NULL PRIMARY KEY,
    failed_attempts INT         NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)
);
