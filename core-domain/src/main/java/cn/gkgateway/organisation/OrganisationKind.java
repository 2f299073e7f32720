package cn.gkgateway.organisation;

public enum OrganisationKind {
    /** 工考办: district, city or province exam office. */
    EXAM_OFFICE,
    /** 主管部门: parent department of units. */
    DEPARTMENT,
    /** 单位: an agency or institution that employs workers. */
    UNIT
}
