-- Issue 16: the separate 破格 proof file of a declaration (POST/GET /api/declarations/{id}/proof) is gone; the
-- proof is the EXCEPTIONAL_PROOF material slot (V19).
ALTER TABLE declaration DROP COLUMN proof_key;
ALTER TABLE declaration DROP COLUMN proof_type;
