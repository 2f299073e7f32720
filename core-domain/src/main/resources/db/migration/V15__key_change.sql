-- Key-info changes (issue 15 item 6): a unit uploads the edited 关键信息修改 sheet of selected workers;
-- each row keeps the old and the new values; nothing changes on the roster before the last approval.
-- New ID numbers are kept encrypted with their keyed hash, as on the worker; the uploaded file is not kept.
CREATE TABLE key_change_request (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id              BIGINT       NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    accepted_count       INT          NOT NULL,
    rejected_count       INT          NOT NULL,
    contact_name         VARCHAR(30),
    contact_phone_cipher VARCHAR(200),
    contact_phone_masked VARCHAR(20),
    evidence_key         VARCHAR(100),
    evidence_type        VARCHAR(30),
    created_by           BIGINT       NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    submitted_at         DATETIME(6),
    decided_at           DATETIME(6),
    version              INT          NOT NULL DEFAULT 0
);
CREATE INDEX ix_key_change_request_unit ON key_change_request (unit_id, created_at);

CREATE TABLE key_change_row (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id           BIGINT        NOT NULL,
    line_no              INT           NOT NULL,
    worker_id            BIGINT,
    accepted             BOOLEAN       NOT NULL,
    faults               VARCHAR(4000),
    old_name             VARCHAR(50),
    new_name             VARCHAR(100),
    old_id_hash          CHAR(64),
    old_id_masked        VARCHAR(18),
    new_id_cipher        VARCHAR(200),
    new_id_hash          CHAR(64),
    new_id_masked        VARCHAR(40),
    old_work_type_code   VARCHAR(20),
    new_work_type_code   VARCHAR(20),
    new_work_type_text   VARCHAR(100),
    old_level            VARCHAR(30),
    new_level            VARCHAR(30),
    new_level_text       VARCHAR(100),
    old_level_year       INT,
    new_level_year       INT,
    new_level_year_text  VARCHAR(40)
);
CREATE INDEX ix_key_change_row_request ON key_change_row (request_id, line_no);
CREATE INDEX ix_key_change_row_worker ON key_change_row (worker_id);
CREATE INDEX ix_key_change_row_new_hash ON key_change_row (new_id_hash);
