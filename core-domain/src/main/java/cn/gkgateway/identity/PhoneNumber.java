package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;

import java.util.regex.Pattern;

/**
 * A mainland mobile number; {@link #toString()} is masked ({@code 138****1234}). Forms, imports
 * and connectors all read numbers through {@link #parse}.
 */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[-()]");

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    /**
     * Accepts a mobile number as people write it: full-width digits, blanks, dashes and
     * parentheses anywhere, a {@code +86}, {@code 0086} or {@code 86} country prefix.
     * Refusals: PHONE_EMPTY, PHONE_CHARACTERS, PHONE_LENGTH, PHONE_PREFIX.
     */
    public static PhoneNumber parse(String raw, String field) {
        String digits = digitsOf(raw);
        if (digits.isEmpty()) {
            throw DomainException.invalid("PHONE_EMPTY", field, "请填写手机号码");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw DomainException.invalid("PHONE_CHARACTERS", field, "手机号码只能包含数字，请核对");
        }
        if (digits.length() != 11) {
            throw DomainException.invalid("PHONE_LENGTH", field, "手机号码应为11位数字（当前为" + digits.length() + "位），请核对");
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw DomainException.invalid("PHONE_PREFIX", field, "手机号码应以13至19开头，请核对");
        }
        return new PhoneNumber(digits);
    }

    /** Whether {@code raw} reads as a valid mobile number. */
    public static boolean isMobile(String raw) {
        return MOBILE.matcher(digitsOf(raw)).matches();
    }

    /** The number without blanks, separators and country prefix (not yet checked). */
    static String digitsOf(String raw) {
        String compact = SEPARATORS.matcher(Text.compact(raw)).replaceAll("");
        if (compact.startsWith("+86")) {
            return compact.substring(3);
        }
        if (compact.startsWith("0086")) {
            return compact.substring(4);
        }
        if (compact.startsWith("86") && compact.length() == 13) {
            return compact.substring(2);
        }
        return compact;
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
