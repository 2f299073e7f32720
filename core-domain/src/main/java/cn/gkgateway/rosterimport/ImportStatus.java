package cn.gkgateway.rosterimport;

/** Where an import stands: a draft the unit may change, under review, or decided. */
public enum ImportStatus {
    DRAFT("待提交"),
    SUBMITTED("审核中"),
    APPROVED("已通过，已加入名册"),
    REJECTED("未通过"),
    RETURNED("已退回");

    private final String displayName;

    ImportStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
