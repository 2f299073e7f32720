package cn.gkgateway.organisation;

import java.util.Arrays;
import java.util.Optional;

/** 省 / 市 / 县区, with how many digits of the 6-digit region code the level governs. Declared from the top down. */
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

    /** Whether this level is higher than {@code other} (省级 is above 市级 is above 县区级). */
    public boolean isAbove(JurisdictionLevel other) {
        return ordinal() < other.ordinal();
    }

    /** The level whose Chinese name is {@code text}; 省, 市, 县区 without "级" are accepted too. */
    public static Optional<JurisdictionLevel> fromDisplayName(String text) {
        return Arrays.stream(values())
                .filter(level -> level.displayName.equals(text) || level.displayName.equals(text + "级"))
                .findFirst();
    }
}
