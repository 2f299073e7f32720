package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit's contact number (联系电话): a mobile number, or a landline with its area code and an
 * optional extension. Stored as {@code 13800138000}, {@code 025-83456789} or
 * {@code 0514-87654321-123}; {@link #toString()} is masked.
 */
public final class ContactPhone {

    private static final Pattern EXTENSION_MARK = Pattern.compile("^(.+?)(?:转|分机|EXT\\.?|X|#)(\\d{1,6})$");
    private static final Pattern DASH_EXTENSION = Pattern.compile("^(.+\\d)-(\\d{1,6})$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String FORMAT_MESSAGE = "联系电话应为11位手机号码，或带区号的固定电话（如025-83456789、0514-87654321转123）";

    private final String value;
    private final String masked;

    private ContactPhone(String value, String masked) {
        this.value = value;
        this.masked = masked;
    }

    /**
     * Reads a contact number as people write it ({@code 025-83456789}, {@code 0514 8765 4321},
     * {@code (0514)87654321}, {@code 025-83456789转123}, {@code +86 138 0013 8000}).
     * Refusals: CONTACT_PHONE_EMPTY, CONTACT_PHONE_CHARACTERS, CONTACT_PHONE_FORMAT.
     */
    public static ContactPhone parse(String raw, String field) {
        String compact = Text.compact(raw).toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            throw DomainException.invalid("CONTACT_PHONE_EMPTY", field, "请填写联系电话");
        }
        ContactPhone whole = read(compact, null);
        if (whole != null) {
            return whole;
        }
        for (Pattern extension : new Pattern[] {EXTENSION_MARK, DASH_EXTENSION}) {
            Matcher matcher = extension.matcher(compact);
            if (matcher.matches()) {
                ContactPhone withExtension = read(matcher.group(1), matcher.group(2));
                if (withExtension != null) {
                    return withExtension;
                }
            }
        }
        if (!compact.matches("[0-9+()\\-#转分机EXT.]+")) {
            throw DomainException.invalid("CONTACT_PHONE_CHARACTERS", field, "联系电话只能包含数字、区号括号、短横线和分机号，请核对");
        }
        throw DomainException.invalid("CONTACT_PHONE_FORMAT", field, FORMAT_MESSAGE);
    }

    private static ContactPhone read(String number, String extension) {
        boolean international = number.startsWith("+86") || number.startsWith("0086");
        String digits = PhoneNumber.digitsOf(number);
        if (!DIGITS.matcher(digits).matches()) {
            return null;
        }
        if (extension == null && PhoneNumber.isMobile(digits)) {
            return new ContactPhone(digits, PhoneNumber.mask(digits));
        }
        if (international && !digits.startsWith("0")) {
            digits = "0" + digits;
        }
        if (!digits.startsWith("0") || digits.startsWith("00")) {
            return null;
        }
        int areaLength = digits.startsWith("010") || digits.startsWith("02") ? 3 : 4;
        String subscriber = digits.substring(Math.min(areaLength, digits.length()));
        if (subscriber.length() < 7 || subscriber.length() > 8 || subscriber.charAt(0) < '2') {
            return null;
        }
        String area = digits.substring(0, areaLength);
        String value = area + "-" + subscriber + (extension == null ? "" : "-" + extension);
        return new ContactPhone(value, area + "-****" + subscriber.substring(subscriber.length() - 4));
    }

    public String value() {
        return value;
    }

    /** {@code 138****1234} or {@code 025-****6789} (an extension is not shown). */
    public String masked() {
        return masked;
    }

    public boolean isMobile() {
        return PhoneNumber.isMobile(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactPhone that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked;
    }
}
