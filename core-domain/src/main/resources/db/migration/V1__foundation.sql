-- Foundation schema. Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode:
-- no engine clauses, indexes created separately, timestamps as DATETIME(6) in UTC.

CREATE TABLE organisation (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(100) NOT NULL,
    credit_code        VARCHAR(18),
    kind               VARCHAR(20)  NOT NULL,
    category           VARCHAR(30),
    jurisdiction_level VARCHAR(20)  NOT NULL,
    region_code        VARCHAR(6)   NOT NULL,
    parent_id          BIGINT,
    supervisor_id      BIGINT,
    CONSTRAINT uk_organisation_name UNIQUE (name)
);
CREATE INDEX ix_organisation_supervisor ON organisation (supervisor_id);
CREATE INDEX ix_organisation_region ON organisation (kind, region_code);

CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(50)  NOT NULL,
    display_name    VARCHAR(50)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    organisation_id BIGINT,
    person_id_hash  CHAR(64),
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6),
    CONSTRAINT uk_account_username UNIQUE (username)
);

CREATE TABLE work_type (
    code           VARCHAR(20) NOT NULL PRIMARY KEY,
    name           VARCHAR(50) NOT NULL,
    category       VARCHAR(20) NOT NULL,
    successor_code VARCHAR(20),
    retired        BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE work_type_scope (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_year      INT         NOT NULL,
    level_group    VARCHAR(20) NOT NULL,
    work_type_code VARCHAR(20) NOT NULL,
    CONSTRAINT uk_work_type_scope UNIQUE (plan_year, level_group, work_type_code)
);

CREATE TABLE exam_plan (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_year   INT          NOT NULL,
    region_code VARCHAR(6)   NOT NULL,
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT uk_exam_plan UNIQUE (plan_year, region_code)
);

CREATE TABLE registration_window (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id        BIGINT      NOT NULL,
    level_group    VARCHAR(20) NOT NULL,
    opens_on       DATE        NOT NULL,
    closes_on      DATE        NOT NULL,
    in_post_cutoff DATE,
    CONSTRAINT uk_registration_window UNIQUE (plan_id, level_group)
);

CREATE TABLE worker (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT      NOT NULL,
    name             VARCHAR(50) NOT NULL,
    id_number_cipher VARCHAR(200) NOT NULL,
    id_number_hash   CHAR(64)    NOT NULL,
    id_number_masked VARCHAR(18) NOT NULL,
    sex              VARCHAR(2)  NOT NULL,
    birth_date       DATE        NOT NULL,
    phone_cipher     VARCHAR(200),
    phone_masked     VARCHAR(11),
    establishment    VARCHAR(30) NOT NULL,
    work_start_date  DATE        NOT NULL,
    work_type_code   VARCHAR(20) NOT NULL,
    level            VARCHAR(30) NOT NULL,
    level_year       INT,
    created_at       DATETIME(6) NOT NULL,
    version          INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_worker_id_number UNIQUE (id_number_hash)
);
CREATE INDEX ix_worker_unit_name ON worker (unit_id, name);

CREATE TABLE declaration (
    id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_year              INT         NOT NULL,
    worker_id              BIGINT      NOT NULL,
    unit_id                BIGINT      NOT NULL,
    person_id_hash         CHAR(64)    NOT NULL,
    target_level           VARCHAR(30) NOT NULL,
    work_type_code         VARCHAR(20) NOT NULL,
    mode                   VARCHAR(20) NOT NULL,
    status                 VARCHAR(20) NOT NULL,
    contact_name           VARCHAR(30) NOT NULL,
    contact_phone_cipher   VARCHAR(200) NOT NULL,
    contact_phone_masked   VARCHAR(11) NOT NULL,
    commitment_accepted_at DATETIME(6) NOT NULL,
    submitted_at           DATETIME(6) NOT NULL,
    submitted_by           BIGINT      NOT NULL,
    decided_at             DATETIME(6),
    version                INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_declaration_worker_level_year UNIQUE (worker_id, target_level, plan_year)
);
CREATE INDEX ix_declaration_unit ON declaration (unit_id, status);
CREATE INDEX ix_declaration_person ON declaration (person_id_hash);

CREATE TABLE review_step (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_type        VARCHAR(30)  NOT NULL,
    subject_id          BIGINT       NOT NULL,
    step_no             INT          NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    organisation_id     BIGINT       NOT NULL,
    organisation_name   VARCHAR(100) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    decision            VARCHAR(20),
    reason              VARCHAR(500),
    reviewer_account_id BIGINT,
    reviewer_name       VARCHAR(50),
    decided_at          DATETIME(6),
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_review_step UNIQUE (subject_type, subject_id, step_no)
);
CREATE INDEX ix_review_step_pending ON review_step (organisation_id, status, subject_type);

CREATE TABLE audit_entry (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)   NOT NULL,
    actor_account_id BIGINT,
    actor_username   VARCHAR(50),
    actor_role       VARCHAR(20),
    action           VARCHAR(50)   NOT NULL,
    target_type      VARCHAR(30),
    target_id        BIGINT,
    detail           VARCHAR(1000)
);
CREATE INDEX ix_audit_target ON audit_entry (target_type, target_id);

-- Events written with the change that caused them; the relay publishes them in id order.
CREATE TABLE outbox_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id       CHAR(36)      NOT NULL,
    event_type     VARCHAR(100)  NOT NULL,
    aggregate_type VARCHAR(50)   NOT NULL,
    aggregate_id   BIGINT        NOT NULL,
    payload        VARCHAR(4000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    published_at   DATETIME(6),
    CONSTRAINT uk_outbox_event_id UNIQUE (event_id)
);
CREATE INDEX ix_outbox_unpublished ON outbox_event (published_at, id);

-- Camel's JdbcMessageIdRepository: the idempotent consumers' memory of processed messages.
CREATE TABLE CAMEL_MESSAGEPROCESSED (
    processorName VARCHAR(100) NOT NULL,
    messageId     VARCHAR(100) NOT NULL,
    createdAt     DATETIME(6),
    PRIMARY KEY (processorName, messageId)
);
