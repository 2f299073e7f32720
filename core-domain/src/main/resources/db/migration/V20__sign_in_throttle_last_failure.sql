-- When an unknown name last failed to sign in, so that its counter can be purged once it is old
-- (SignInStatePurge). Rows from before this version count as failed now. Portable across MySQL 8,
-- MariaDB 10.11 and H2 in MySQL mode.
ALTER TABLE sign_in_throttle ADD COLUMN last_failure_at DATETIME(6);
UPDATE sign_in_throttle SET last_failure_at = CURRENT_TIMESTAMP;
CREATE INDEX ix_sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);
CREATE INDEX ix_verification_code_expires ON verification_code (expires_at);
CREATE INDEX ix_code_request_requested ON code_request (requested_at);
