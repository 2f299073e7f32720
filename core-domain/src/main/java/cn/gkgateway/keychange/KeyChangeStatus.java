package cn.gkgateway.keychange;

/** Where a key-info change stands: a draft the unit may still complete, under review, or decided. */
public enum KeyChangeStatus {
    DRAFT("待提交"),
    SUBMITTED("审核中"),
    APPROVED("已通过，已修改名册"),
    REJECTED("未通过"),
    RETURNED("已退回");

    private final String displayName;

    KeyChangeStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
