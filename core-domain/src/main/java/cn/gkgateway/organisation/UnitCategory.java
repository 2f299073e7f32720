package cn.gkgateway.organisation;

public enum UnitCategory {
    ADMINISTRATIVE("行政"),
    PUBLIC_INSTITUTION("事业");

    private final String displayName;

    UnitCategory(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
