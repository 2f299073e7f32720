-- QR-scan upload tokens (issue 17 item 3): bound to one declaration and one slot, stored only as SHA-256
-- hashes. The phone that opens the link first claims it (claimed_at) and gets an upload session, also kept
-- only as a hash; the link cannot be opened again. Expired, revoked or claimed tokens are useless.
CREATE TABLE material_upload_token (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash     VARCHAR(64)  NOT NULL,
    session_hash   VARCHAR(64),
    declaration_id BIGINT       NOT NULL,
    slot_code      VARCHAR(40)  NOT NULL,
    issued_by      BIGINT       NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    claimed_at     DATETIME(6),
    revoked_at     DATETIME(6),
    CONSTRAINT uk_upload_token UNIQUE (token_hash),
    CONSTRAINT uk_upload_session UNIQUE (session_hash)
);
CREATE INDEX ix_upload_token_declaration ON material_upload_token (declaration_id);
