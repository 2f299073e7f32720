package cn.gkgateway.roster;

public enum Establishment {
    IN_ESTABLISHMENT("在编"),
    OUT_OF_ESTABLISHMENT("编外");

    private final String displayName;

    Establishment(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
