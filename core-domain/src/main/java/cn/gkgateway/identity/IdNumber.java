package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.ProvinceCodes;
import cn.gkgateway.shared.Text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A resident identity card number (GB 11643-1999): 18 characters, a real province-level region,
 * a real birth date and a valid check character. {@link #toString()} is masked, so the number
 * never reaches a log whole. Forms, imports and connectors all read numbers through
 * {@link #parse}, so the same input always gives the same stored value.
 */
public final class IdNumber {

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?E\\+?\\d+");
    private static final Pattern CHARACTERS = Pattern.compile("\\d{17}[0-9X]|\\d{15}");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Province-level codes (GB/T 2260), plus 81/82/83 for residence permits of Hong Kong, Macao and Taiwan residents. */
    private static final Set<String> REGIONS = ProvinceCodes.mainlandAnd("81", "82", "83");

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and validates a number as typed, pasted or imported: full-width characters, blanks
     * and invisible characters anywhere and a lower-case x are accepted; a 15-digit number of the
     * first generation is upgraded to 18 digits. Each refusal has its own code:
     * ID_EMPTY, ID_SCIENTIFIC_NOTATION, ID_CHARACTERS, ID_LENGTH, ID_REGION, ID_BIRTH_DATE, ID_CHECK_DIGIT.
     *
     * @param today the date of the gateway's clock: a birth date after it is refused
     * @throws DomainException INVALID with field {@code field} and a message saying what to fix
     */
    public static IdNumber parse(String raw, String field, LocalDate today) {
        String value = Text.compact(raw).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw DomainException.invalid("ID_EMPTY", field, "请填写身份证号码");
        }
        if (SCIENTIFIC.matcher(value).matches()) {
            throw DomainException.invalid("ID_SCIENTIFIC_NOTATION", field,
                    "身份证号码被表格转成了科学计数法（如3.20123E+17），请将该列设置为文本格式后重新录入");
        }
        if (value.length() != 18 && value.length() != 15) {
            throw DomainException.invalid("ID_LENGTH", field, "身份证号码应为18位（当前为" + value.length() + "位），请核对");
        }
        if (!CHARACTERS.matcher(value).matches()) {
            throw DomainException.invalid("ID_CHARACTERS", field, "身份证号码前17位应为数字，最后一位为数字或X，请核对");
        }
        boolean legacy = value.length() == 15;
        if (legacy) {
            String first17 = value.substring(0, 6) + "19" + value.substring(6);
            value = first17 + checkCharacter(first17);
        }
        if (!REGIONS.contains(value.substring(0, 2))) {
            throw DomainException.invalid("ID_REGION", field, "身份证号码前两位（省级行政区划代码）不正确，请核对");
        }
        LocalDate birth = birthDateOf(value);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw DomainException.invalid("ID_BIRTH_DATE", field, "身份证号码中的出生日期不正确，请核对");
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw DomainException.invalid("ID_CHECK_DIGIT", field, "身份证号码校验位错误，请核对后重新输入");
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

    /** The year of birth: what responses show next to a masked number (never the whole date). */
    public int birthYear() {
        return birthDate.getYear();
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
