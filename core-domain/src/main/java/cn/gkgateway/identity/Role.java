package cn.gkgateway.identity;

/** The roles of DESIGN.md; the Chinese name is what people see. */
public enum Role {
    APPLICANT("申报人"),
    UNIT_OPERATOR("申报单位经办人"),
    SUPERVISOR("主管部门"),
    EXAM_OFFICE("工考办"),
    ADMIN("系统管理员");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
