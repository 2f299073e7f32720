-- Issue 16 (part A): exam plans with times, the eligibility rule table per plan, integrity records,
-- the 高级技师 quota ledger and the 合格库 confirmation on a declaration.
-- Portable between MariaDB 10.11 and the embedded H2 (MODE=MySQL).

-- A window opens at opens_on + opens_second and closes after closes_on + closes_second (seconds of the day,
-- Asia/Shanghai wall time; integers so that no driver or JVM time zone can shift them). Old rows keep whole days.
ALTER TABLE registration_window ADD COLUMN opens_second INT NOT NULL DEFAULT 0;
ALTER TABLE registration_window ADD COLUMN closes_second INT NOT NULL DEFAULT 86399;
-- 技师选拔考试 (seed 003: 8/15), admit-card opening and results publication, all optional.
ALTER TABLE registration_window ADD COLUMN exam_on DATE;
ALTER TABLE registration_window ADD COLUMN admit_card_from DATETIME(6);
ALTER TABLE registration_window ADD COLUMN results_at DATETIME(6);

-- The thresholds the eligibility policies read, one row per plan and target level.
CREATE TABLE eligibility_rule (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id            BIGINT      NOT NULL,
    target_level       VARCHAR(30) NOT NULL,
    years_in_level     INT         NOT NULL,
    total_work_years   INT,
    training_years     INT         NOT NULL,
    CONSTRAINT uk_eligibility_rule UNIQUE (plan_id, target_level)
);

-- 诚信记录: a fraud finding bars the person (by ID-number hash, so it follows transfers) for three years.
CREATE TABLE integrity_record (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id_hash CHAR(64)     NOT NULL,
    worker_id      BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    recorded_on    DATE         NOT NULL,
    reason         VARCHAR(200) NOT NULL,
    recorded_by    BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL
);
CREATE INDEX ix_integrity_record_person ON integrity_record (person_id_hash, recorded_on);

-- 高级技师申报指标: one counter row per unit, work type and year (locked while a place is taken)...
CREATE TABLE senior_quota (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id        BIGINT      NOT NULL,
    work_type_code VARCHAR(20) NOT NULL,
    plan_year      INT         NOT NULL,
    allowed        INT         NOT NULL,
    used           INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_senior_quota UNIQUE (unit_id, work_type_code, plan_year)
);

-- ...and who holds a place; a re-applicant who failed the comprehensive review holds one without counting.
CREATE TABLE senior_quota_place (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id        BIGINT      NOT NULL,
    work_type_code VARCHAR(20) NOT NULL,
    plan_year      INT         NOT NULL,
    worker_id      BIGINT      NOT NULL,
    counted        BOOLEAN     NOT NULL,
    taken_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_senior_quota_place UNIQUE (worker_id, plan_year)
);
CREATE INDEX ix_senior_quota_place_unit ON senior_quota_place (unit_id, work_type_code, plan_year);

-- 往年未通过全省高级技师综合评审: recorded by the exam office; such re-applicants take no place.
CREATE TABLE senior_review_failure (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id_hash CHAR(64)    NOT NULL,
    review_year    INT         NOT NULL,
    recorded_by    BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_senior_review_failure UNIQUE (person_id_hash, review_year)
);

-- 合格库 warnings the declarant confirmed (seed 004); set by the declaration flow.
ALTER TABLE declaration ADD COLUMN qualification_confirmed_at DATETIME(6);
