-- Issue 16: the 高级技师 extras of a declaration (seed 004 "一级(高级技师)选填申报条件"): the annual assessment
-- result, 学习工作简历, 奖惩情况, 主要技术业务工作业绩, which of the 8 optional conditions (可选条件一…八) are
-- claimed (a comma-separated list of their numbers, e.g. "1,3"), and the thesis title the THESIS file must be
-- named by. One row per declaration, written by its author while the declaration is a draft or returned.
CREATE TABLE declaration_senior_extras (
    declaration_id     BIGINT        NOT NULL PRIMARY KEY,
    annual_assessment  VARCHAR(20),
    resume             VARCHAR(2000),
    rewards_penalties  VARCHAR(1000),
    achievements       VARCHAR(2000),
    claimed_conditions VARCHAR(40)   NOT NULL DEFAULT '',
    thesis_title       VARCHAR(80),
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         BIGINT,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_senior_extras_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id) ON DELETE CASCADE
);
