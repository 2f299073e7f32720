-- The signed, stamped printout of a roster import or a key-info change now goes through the material
-- pipeline (content checks, upright re-encode without EXIF, sealed copies under generated keys): its
-- copies' keys, name, size and pixel size. evidence_key keeps the older evidence store's key of a
-- printout uploaded before, which stays readable; evidence_type is the served media type of either.
ALTER TABLE roster_import ADD COLUMN evidence_id VARCHAR(32);
ALTER TABLE roster_import ADD COLUMN evidence_name VARCHAR(255);
ALTER TABLE roster_import ADD COLUMN evidence_size BIGINT;
ALTER TABLE roster_import ADD COLUMN evidence_width INT;
ALTER TABLE roster_import ADD COLUMN evidence_height INT;
ALTER TABLE roster_import ADD COLUMN evidence_original_key VARCHAR(255);
ALTER TABLE roster_import ADD COLUMN evidence_display_key VARCHAR(255);
ALTER TABLE roster_import ADD COLUMN evidence_thumbnail_key VARCHAR(255);

ALTER TABLE key_change_request ADD COLUMN evidence_id VARCHAR(32);
ALTER TABLE key_change_request ADD COLUMN evidence_name VARCHAR(255);
ALTER TABLE key_change_request ADD COLUMN evidence_size BIGINT;
ALTER TABLE key_change_request ADD COLUMN evidence_width INT;
ALTER TABLE key_change_request ADD COLUMN evidence_height INT;
ALTER TABLE key_change_request ADD COLUMN evidence_original_key VARCHAR(255);
ALTER TABLE key_change_request ADD COLUMN evidence_display_key VARCHAR(255);
ALTER TABLE key_change_request ADD COLUMN evidence_thumbnail_key VARCHAR(255);
