package cn.gkgateway.organisation;

import java.util.Arrays;
import java.util.Optional;

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

    /** The category whose Chinese name is {@code text} (as typed in an import file), if any. */
    public static Optional<UnitCategory> fromDisplayName(String text) {
        return Arrays.stream(values()).filter(category -> category.displayName.equals(text)).findFirst();
    }
}
