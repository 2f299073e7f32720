package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.ProvinceCodes;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A 6-digit 行政区划代码 (GB/T 2260) whose first two digits name a real province-level division
 * (31 provinces, autonomous regions and municipalities, plus 71 台湾, 81 香港, 82 澳门).
 */
public final class RegionCode {

    static final Set<String> PROVINCES = ProvinceCodes.mainlandAnd("71", "81", "82");
    private static final Pattern SHAPE = Pattern.compile("\\d{6}");

    private RegionCode() {
    }

    /** The code, stripped; refused with REGION_CODE_REQUIRED or REGION_CODE_INVALID and a Chinese reason. */
    public static String parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalid("REGION_CODE_REQUIRED", field, "请填写6位行政区划代码");
        }
        String value = raw.strip();
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("REGION_CODE_INVALID", field, "行政区划代码应为6位数字，如 321012");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw DomainException.invalid("REGION_CODE_INVALID", field,
                    "行政区划代码前两位“" + value.substring(0, 2) + "”不是有效的省级代码，请核对");
        }
        return value;
    }

    /**
     * Whether an exam office at {@code level} may sit at {@code code}: a province office at xx0000,
     * a city office at xxxx00 (its city digits not 00), a district office anywhere below a city.
     */
    public static boolean fitsOfficeLevel(String code, JurisdictionLevel level) {
        return switch (level) {
            case PROVINCE -> code.endsWith("0000");
            case CITY -> code.endsWith("00") && !code.substring(2, 4).equals("00");
            case DISTRICT -> !code.endsWith("00");
        };
    }
}
