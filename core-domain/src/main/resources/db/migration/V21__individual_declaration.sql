-- Individual declarations (个人网上报名, seed 004): the applicant's choice of city and level,
-- the form values declared with the declaration, and the exam offices' help contact.

-- 选择报名地市、申报级别: one choice per person and plan year, fixed once saved (to change it the
-- applicant deletes their declaration information and starts again).
CREATE TABLE applicant_choice (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id_hash CHAR(64)    NOT NULL,
    plan_year      INT         NOT NULL,
    region_code    VARCHAR(6)  NOT NULL,
    target_level   VARCHAR(30) NOT NULL,
    chosen_at      DATETIME(6) NOT NULL,
    CONSTRAINT uk_applicant_choice UNIQUE (person_id_hash, plan_year)
);

-- 报名信息: what the applicant declared (the roster's own values stay as they are).
CREATE TABLE declaration_form (
    declaration_id         BIGINT      NOT NULL PRIMARY KEY,
    work_start_date        DATE        NOT NULL,
    current_work_type_code VARCHAR(20) NOT NULL,
    current_level          VARCHAR(30) NOT NULL,
    current_level_year     INT,
    unit_category          VARCHAR(30) NOT NULL,
    unit_level             VARCHAR(20) NOT NULL,
    textbook_ethics        BOOLEAN     NOT NULL,
    textbook_ability       BOOLEAN     NOT NULL,
    textbook_skill         BOOLEAN     NOT NULL,
    CONSTRAINT fk_declaration_form FOREIGN KEY (declaration_id) REFERENCES declaration (id) ON DELETE CASCADE
);

-- 咨询电话 of an exam office (工考办), shown to applicants of its region.
ALTER TABLE organisation ADD COLUMN help_contact_name VARCHAR(30) NULL;
ALTER TABLE organisation ADD COLUMN help_contact_phone VARCHAR(30) NULL;
