package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A resident identity card number (GB 11643-1999): 18 characters, a real birth date and a
 * valid check character. {@link #toString()} is masked, so the number never reaches a log whole.
 */
public final class IdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and validates a number as typed by a person (surrounding blanks and a lower-case x
     * are accepted).
     *
     * @throws DomainException INVALID with field {@code field} and a message saying what to fix
     */
    public static IdNumber parse(String raw, String field, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalid("ID_NUMBER_REQUIRED", field, "请填写身份证号码");
        }
        String value = raw.strip().toUpperCase();
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("ID_NUMBER_INVALID", field,
                    "身份证号码应为18位，前17位为数字，最后一位为数字或X");
        }
        LocalDate birth = birthDateOf(value);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw DomainException.invalid("ID_NUMBER_INVALID", field, "身份证号码中的出生日期不正确，请核对");
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw DomainException.invalid("ID_NUMBER_INVALID", field, "身份证号码校验位错误，请核对后重新输入");
        }
        return new IdNumber(value, birth);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** 男 for an odd 17th digit, 女 for an even one. */
    public String sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? "男" : "女";
    }

    /** {@code 3201**********1234}: the first four and the last four characters. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String value) {
        if (value == null || value.length() < 8) {
            return "****";
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber that && value.equals(that.value);
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
