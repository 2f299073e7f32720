package cn.gkgateway.organisation;

/** Organisations are closed, never deleted: their records and history stay. */
public enum OrganisationStatus {
    ACTIVE("正常"),
    CLOSED("已关闭");

    private final String displayName;

    OrganisationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
