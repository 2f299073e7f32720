-- Material slots (issue 17 item 1): what a declaration must or may carry, per declaration type, level group and
-- mode. Rows with plan_id NULL are the defaults (seeds 000/004); an exam office that changes the slots of a plan
-- gets rows of its own for that plan, which then replace the defaults for declarations under that plan.
-- level_group / mode NULL mean "every level group" / "every mode". kind: PHOTO (jpg/png), DOCUMENT (doc/docx),
-- PRINTOUT (jpg/png/pdf: signed and stamped forms).
CREATE TABLE material_slot (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT,
    declaration_type VARCHAR(20)  NOT NULL,
    level_group      VARCHAR(20),
    declaration_mode VARCHAR(20),
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(60)  NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    required         BOOLEAN      NOT NULL,
    hint             VARCHAR(200),
    sort_order       INT          NOT NULL
);
CREATE INDEX ix_material_slot_plan ON material_slot (plan_id, declaration_type);

INSERT INTO material_slot (plan_id, declaration_type, level_group, declaration_mode, code, name, kind, required, hint, sort_order) VALUES
(NULL, 'SKILL', NULL, NULL, 'ID_CARD', '身份证', 'PHOTO', FALSE, '身份证正反面原件照片', 10),
(NULL, 'SKILL', 'GRADE', NULL, 'CURRENT_CERT', '现岗位等级证书', 'PHOTO', FALSE, '已取得的机关事业单位工勤技能岗位等级证书原件照片（未定级可不传）', 20),
(NULL, 'SKILL', 'GRADE', NULL, 'DIPLOMA', '毕业证', 'PHOTO', FALSE, '最高学历毕业证原件照片', 30),
(NULL, 'SKILL', 'GRADE', NULL, 'WAGE_APPROVAL', '工资变动审批表', 'PHOTO', FALSE, '近期工资变动审批表原件照片（可由单位人事部门上传）', 40),
(NULL, 'SKILL', 'TECHNICIAN', NULL, 'CURRENT_CERT', '三级（高级工）证书', 'PHOTO', TRUE, '已取得的三级（高级工）证书原件照片', 20),
(NULL, 'SKILL', 'TECHNICIAN', NULL, 'WAGE_APPROVAL', '工资变动审批表', 'PHOTO', FALSE, '近期工资变动审批表原件照片', 40),
(NULL, 'SKILL', 'TECHNICIAN', NULL, 'ANNUAL_ASSESSMENT', '年度考核结果', 'PHOTO', FALSE, '近年年度考核结果原件照片', 50),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CURRENT_CERT', '二级（技师）证书', 'PHOTO', TRUE, '已取得的二级（技师）证书原件照片', 20),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'WAGE_APPROVAL', '最近工资审批表', 'PHOTO', TRUE, '根据文件要求上传最近工资审批表原件照片', 40),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'ANNUAL_ASSESSMENT', '年度考核结果', 'PHOTO', TRUE, '必填：年度考核结果原件照片', 50),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CONDITION_1', '可选条件一证明材料', 'PHOTO', FALSE, '符合可选条件一的证明材料原件照片', 61),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CONDITION_2', '可选条件二证明材料', 'PHOTO', FALSE, '符合可选条件二的证明材料原件照片', 62),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CONDITION_3', '可选条件三证明材料', 'PHOTO', FALSE, '符合可选条件三的证明材料原件照片', 63),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CONDITION_4', '可选条件四证明材料', 'PHOTO', FALSE, '符合可选条件四的证明材料原件照片', 64),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CONDITION_5', '可选条件五证明材料', 'PHOTO', FALSE, '符合可选条件五的证明材料原件照片', 65),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CONDITION_6', '可选条件六证明材料', 'PHOTO', FALSE, '符合可选条件六的证明材料原件照片', 66),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CONDITION_7', '可选条件七证明材料', 'PHOTO', FALSE, '符合可选条件七的证明材料原件照片', 67),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'CONDITION_8', '可选条件八证明材料', 'PHOTO', FALSE, '符合可选条件八的证明材料原件照片', 68),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'THESIS', '论文', 'DOCUMENT', TRUE, 'doc 或 docx 格式，文件名与论文标题一致', 70),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'APPLICATION_FORM', '考评申报表（签字盖章）', 'PRINTOUT', TRUE, '打印考评申报表及封面，经单位签字盖章、主管部门审核后拍照上传', 80),
(NULL, 'SKILL', 'SENIOR_TECHNICIAN', NULL, 'OTHER', '其它申报材料', 'PHOTO', FALSE, '当地人社局要求的其它材料原件照片', 90),
(NULL, 'SKILL', NULL, 'EXCEPTIONAL', 'EXCEPTIONAL_PROOF', '破格晋升证明材料', 'PHOTO', TRUE, '符合破格晋升条件的证明材料原件照片', 100),
(NULL, 'SKILL', NULL, 'POST_CHANGE', 'POST_CHANGE_PROOF', '转岗证明材料', 'PHOTO', TRUE, '转岗审批或聘用变更材料原件照片', 110),
(NULL, 'SKILL', NULL, 'RECHECK', 'RECHECK_PROOF', '原考核结果材料', 'PHOTO', TRUE, '原考核结果或成绩通知原件照片', 120),
(NULL, 'SKILL', NULL, 'VETERAN', 'VETERAN_PROOF', '退役证明', 'PHOTO', TRUE, '退役证或退出现役证明原件照片', 130);

-- Materials uploaded into the slots of a declaration. public_id is the unguessable id used in URLs; the
-- storage keys name the copies kept by the evidence storage (the raw upload is never kept).
CREATE TABLE material (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_id      VARCHAR(64)  NOT NULL,
    declaration_id BIGINT       NOT NULL,
    slot_code      VARCHAR(40)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    display_name   VARCHAR(255) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    width          INT,
    height         INT,
    original_key   VARCHAR(255),
    display_key    VARCHAR(255),
    thumbnail_key  VARCHAR(255),
    uploaded_via   VARCHAR(10)  NOT NULL,
    uploaded_by    BIGINT,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_material_public UNIQUE (public_id)
);
CREATE INDEX ix_material_declaration ON material (declaration_id, slot_code);
