package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;

import java.util.regex.Pattern;

/** A mainland mobile number; {@link #toString()} is masked ({@code 138****1234}). */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    public static PhoneNumber parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalid("PHONE_REQUIRED", field, "请填写手机号码");
        }
        String value = raw.strip().replace(" ", "").replace("-", "");
        if (value.startsWith("+86")) {
            value = value.substring(3);
        }
        if (!MOBILE.matcher(value).matches()) {
            throw DomainException.invalid("PHONE_INVALID", field, "手机号码应为以1开头的11位数字");
        }
        return new PhoneNumber(value);
    }

    public String value() {
        return value;
    }

    public String masked() {
        return mask(value);
    }

    public static String mask(String value) {
        if (value == null || value.length() < 7) {
            return "****";
        }
        return value.substring(0, 3) + "****" + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
