-- Imports of new workers by Excel template (issue 15 item 5). The uploaded file is not kept:
-- only its parsed rows, with ID numbers and phones encrypted, and a rejected row's cells encrypted whole.
CREATE TABLE roster_import (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id              BIGINT       NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    only_valid_rows      BOOLEAN      NOT NULL DEFAULT FALSE,
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
CREATE INDEX ix_roster_import_unit ON roster_import (unit_id, created_at);

CREATE TABLE roster_import_row (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id        BIGINT        NOT NULL,
    line_no          INT           NOT NULL,
    accepted         BOOLEAN       NOT NULL,
    name             VARCHAR(50),
    id_number_cipher VARCHAR(200),
    id_number_hash   CHAR(64),
    id_number_masked VARCHAR(18),
    sex              VARCHAR(2),
    birth_date       DATE,
    phone_cipher     VARCHAR(200),
    phone_masked     VARCHAR(11),
    work_type_code   VARCHAR(20),
    level            VARCHAR(30),
    level_year       INT,
    work_start       VARCHAR(10),
    faults           VARCHAR(4000),
    cells_cipher     VARCHAR(4000)
);
CREATE INDEX ix_roster_import_row_import ON roster_import_row (import_id, accepted, line_no);
CREATE INDEX ix_roster_import_row_hash ON roster_import_row (id_number_hash);
