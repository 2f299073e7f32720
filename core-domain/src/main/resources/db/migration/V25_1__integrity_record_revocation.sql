-- 诚信记录 can be revoked when a finding was recorded by mistake: who, when and why; a revoked record bars nobody.
ALTER TABLE integrity_record ADD COLUMN revoked_at DATETIME(6);
ALTER TABLE integrity_record ADD COLUMN revoked_by BIGINT;
ALTER TABLE integrity_record ADD COLUMN revoke_reason VARCHAR(200);
CREATE INDEX ix_integrity_record_unit ON integrity_record (unit_id, recorded_on);
