package cn.gkgateway.review;

public enum Decision {
    APPROVE("通过"),
    REJECT("不通过"),
    RETURN("退回补充");

    private final String displayName;

    Decision(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean needsReason() {
        return this != APPROVE;
    }
}
