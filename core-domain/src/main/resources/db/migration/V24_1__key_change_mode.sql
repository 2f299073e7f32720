-- 关键信息修改 gets the import's choice: submit only the accepted rows (as before, the default) or nothing
-- while any row is refused (全部正确才提交).
ALTER TABLE key_change_request ADD COLUMN only_valid_rows BOOLEAN NOT NULL DEFAULT TRUE;
