package cn.gkgateway.transfer;

public enum TransferStatus {
    PENDING("审核中"),
    APPROVED("已调入"),
    REJECTED("未通过"),
    RETURNED("已退回");

    private final String displayName;

    TransferStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
