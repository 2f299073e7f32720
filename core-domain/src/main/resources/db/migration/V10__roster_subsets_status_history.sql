-- Issue 15: a worker's status replaces deletion; subsets of the roster (seed 002's 子集); key-field history.
ALTER TABLE worker ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE';
CREATE INDEX ix_worker_unit_status ON worker (unit_id, status);
CREATE INDEX ix_worker_work_type ON worker (work_type_code, level);

-- Old and new value of a key field (name, ID number, work type, level, level year, unit, status), masked where personal.
CREATE TABLE worker_key_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id   BIGINT       NOT NULL,
    field       VARCHAR(30)  NOT NULL,
    old_value   VARCHAR(200),
    new_value   VARCHAR(200),
    changed_at  DATETIME(6)  NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    reference   VARCHAR(100),
    changed_by  VARCHAR(100) NOT NULL
);
CREATE INDEX ix_worker_key_change_worker ON worker_key_change (worker_id, changed_at);

-- 资格记录: qualifications held (by exam or by review).
CREATE TABLE worker_qualification (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id       BIGINT       NOT NULL,
    title           VARCHAR(100) NOT NULL,
    route           VARCHAR(20)  NOT NULL,
    approved_by     VARCHAR(100),
    obtained_on     DATE,
    work_type_code  VARCHAR(20),
    certificate_no  VARCHAR(50)
);
CREATE INDEX ix_worker_qualification_worker ON worker_qualification (worker_id);

-- 岗位及简历: posts held.
CREATE TABLE worker_post (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id   BIGINT       NOT NULL,
    post        VARCHAR(100) NOT NULL,
    employer    VARCHAR(100),
    started_on  DATE,
    ended_on    DATE
);
CREATE INDEX ix_worker_post_worker ON worker_post (worker_id);

-- 学历.
CREATE TABLE worker_education (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id   BIGINT       NOT NULL,
    school      VARCHAR(100) NOT NULL,
    degree      VARCHAR(30)  NOT NULL,
    major       VARCHAR(100),
    graduated_on DATE
);
CREATE INDEX ix_worker_education_worker ON worker_education (worker_id);

-- 继续教育及培训.
CREATE TABLE worker_training (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id   BIGINT       NOT NULL,
    title       VARCHAR(100) NOT NULL,
    organiser   VARCHAR(100),
    started_on  DATE,
    ended_on    DATE,
    hours       INT
);
CREATE INDEX ix_worker_training_worker ON worker_training (worker_id);

-- 奖惩.
CREATE TABLE worker_reward (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id   BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    title       VARCHAR(100) NOT NULL,
    decided_by  VARCHAR(100),
    decided_on  DATE
);
CREATE INDEX ix_worker_reward_worker ON worker_reward (worker_id);

-- 年度考核.
CREATE TABLE worker_assessment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id   BIGINT       NOT NULL,
    assessment_year INT      NOT NULL,
    result      VARCHAR(20)  NOT NULL
);
CREATE INDEX ix_worker_assessment_worker ON worker_assessment (worker_id, assessment_year);
