package cn.gkgateway.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first two digits of GB/T 2260 region codes that name the 31 mainland province-level
 * divisions. ID numbers and organisations' region codes each add their own extra prefixes.
 */
public final class ProvinceCodes {

    public static final Set<String> MAINLAND = Set.of("11", "12", "13", "14", "15", "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65");

    private ProvinceCodes() {
    }

    /** The mainland codes and {@code extra}. */
    public static Set<String> mainlandAnd(String... extra) {
        Set<String> codes = new HashSet<>(MAINLAND);
        codes.addAll(List.of(extra));
        return Set.copyOf(codes);
    }
}
