-- When an account last failed to sign in, so that its failure count is forgotten after the same idle
-- time as an unknown name's counter (SignInStatePurge): otherwise four failures, a day's wait and one
-- more would lock a real account but not an unknown name, and the answers would tell them apart.
ALTER TABLE account ADD COLUMN last_failure_at DATETIME(6);
UPDATE account SET last_failure_at = CURRENT_TIMESTAMP WHERE failed_attempts > 0;
CREATE INDEX ix_account_last_failure ON account (last_failure_at);
