-- Organisation tree management: a status instead of deletion, optimistic locking for edits,
-- unified social credit codes unique, children found by parent.
ALTER TABLE organisation ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE organisation ADD COLUMN version INT NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX uk_organisation_credit_code ON organisation (credit_code);
CREATE INDEX ix_organisation_parent ON organisation (parent_id);
