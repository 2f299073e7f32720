package cn.gkgateway.organisation;

/** 省 / 市 / 县区, with how many digits of the 6-digit region code the level governs. */
public enum JurisdictionLevel {
    PROVINCE("省级", 2),
    CITY("市级", 4),
    DISTRICT("县区级", 6);

    private final String displayName;
    private final int regionPrefixLength;

    JurisdictionLevel(String displayName, int regionPrefixLength) {
        this.displayName = displayName;
        this.regionPrefixLength = regionPrefixLength;
    }

    public String displayName() {
        return displayName;
    }

    /** The part of a region code that an organisation at this level governs: 320000 → "32" for a province. */
    public String regionPrefix(String regionCode) {
        return regionCode.substring(0, regionPrefixLength);
    }
}
