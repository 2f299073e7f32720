-- Declaration lifecycle: drafts (暂存), withdrawal, return and resubmission in rounds, the
-- per-mode details (破格 reason and proof, 转岗 former post, 复核 earlier result), a generic
-- author (the unit, or the applicant for individual declarations) and the commitment letter.

-- One live declaration per worker, level and plan year, enforced by the database: "live" is 1
-- while a declaration is a draft, under review, returned or approved, and NULL once it is
-- rejected or withdrawn (NULLs never collide in a unique key, on MariaDB and on H2).
ALTER TABLE declaration ADD COLUMN live TINYINT NULL;
UPDATE declaration SET live = 1 WHERE status <> 'REJECTED';
ALTER TABLE declaration DROP CONSTRAINT uk_declaration_worker_level_year;
ALTER TABLE declaration ADD CONSTRAINT uk_declaration_live UNIQUE (worker_id, target_level, plan_year, live);

ALTER TABLE declaration ADD COLUMN author_kind VARCHAR(20) NOT NULL DEFAULT 'UNIT';
ALTER TABLE declaration ADD COLUMN created_at DATETIME(6) NULL;
ALTER TABLE declaration ADD COLUMN created_by BIGINT NULL;
ALTER TABLE declaration ADD COLUMN mode_reason VARCHAR(100) NULL;
ALTER TABLE declaration ADD COLUMN former_post VARCHAR(50) NULL;
ALTER TABLE declaration ADD COLUMN earlier_result VARCHAR(100) NULL;
ALTER TABLE declaration ADD COLUMN proof_key VARCHAR(200) NULL;
ALTER TABLE declaration ADD COLUMN proof_type VARCHAR(50) NULL;
ALTER TABLE declaration ADD COLUMN review_round INT NOT NULL DEFAULT 1;
ALTER TABLE declaration ADD COLUMN returned_step_no INT NULL;
UPDATE declaration SET created_at = submitted_at, created_by = submitted_by;

-- A draft has no contact, commitment or submission yet.
ALTER TABLE declaration MODIFY contact_name VARCHAR(30) NULL;
ALTER TABLE declaration MODIFY contact_phone_cipher VARCHAR(200) NULL;
ALTER TABLE declaration MODIFY contact_phone_masked VARCHAR(20) NULL;
ALTER TABLE declaration MODIFY commitment_accepted_at DATETIME(6) NULL;
ALTER TABLE declaration MODIFY submitted_at DATETIME(6) NULL;
ALTER TABLE declaration MODIFY submitted_by BIGINT NULL;

-- Review chains run in rounds: a returned subject resubmitted re-enters at the returning step
-- in a new round, and the earlier round's steps stay as they were (the timeline keeps both).
ALTER TABLE review_step ADD COLUMN review_round INT NOT NULL DEFAULT 1;
ALTER TABLE review_step DROP CONSTRAINT uk_review_step;
ALTER TABLE review_step ADD CONSTRAINT uk_review_step_round UNIQUE (subject_type, subject_id, review_round, step_no);

-- 申报单位经办人承诺书, per exam office region; a region without its own text uses the default.
CREATE TABLE commitment_letter (
    region_code VARCHAR(6)    NOT NULL PRIMARY KEY,
    body        VARCHAR(4000) NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  BIGINT        NOT NULL
);
