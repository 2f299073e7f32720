-- SMS verification codes (applicant sign-in by phone, console password reset, second factor),
-- their request limits, the account's own phone, and a priority for the SMS ledger so that codes
-- are sent ahead of notices. Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

-- The account holder's mobile phone: encrypted, masked for display, keyed hash for look-ups.
ALTER TABLE account ADD COLUMN phone_cipher VARCHAR(255);
ALTER TABLE account ADD COLUMN phone_masked VARCHAR(20);
ALTER TABLE account ADD COLUMN phone_hash CHAR(64);
CREATE INDEX ix_account_phone ON account (phone_hash);

-- One row per code sent; only the keyed hash of the code is kept. A code is spent by its use,
-- by its fifth wrong try, or by a newer code for the same phone and purpose.
CREATE TABLE verification_code (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    purpose         VARCHAR(20) NOT NULL,
    phone_hash      CHAR(64)    NOT NULL,
    code_hash       CHAR(64)    NOT NULL,
    failed_attempts INT         NOT NULL DEFAULT 0,
    created_at      DATETIME(6) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    spent_at        DATETIME(6)
);
CREATE INDEX ix_verification_code_phone ON verification_code (phone_hash, purpose);

-- Code requests per limited key (a phone or a client address, hashed), kept for an hour; the
-- key's row in code_request_key is locked while a request is judged, so instances agree.
CREATE TABLE code_request_key (
    rate_key CHAR(64) NOT NULL PRIMARY KEY
);
CREATE TABLE code_request (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rate_key     CHAR(64)    NOT NULL,
    requested_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_code_request_key ON code_request (rate_key, requested_at);

-- Higher first: verification codes (10) are claimed before notices (0).
ALTER TABLE notification ADD COLUMN priority INT NOT NULL DEFAULT 0;
