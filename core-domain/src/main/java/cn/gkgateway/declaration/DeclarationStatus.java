package cn.gkgateway.declaration;

public enum DeclarationStatus {
    UNDER_REVIEW("审核中"),
    APPROVED("审核通过"),
    REJECTED("审核不通过"),
    RETURNED("退回补充");

    private final String displayName;

    DeclarationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
