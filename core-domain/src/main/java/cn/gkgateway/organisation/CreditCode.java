package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character alphabet without I, O, S, V and Z, the last one a check character.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /**
     * Reads a code as typed, pasted or imported (full-width characters, blanks and invisible
     * characters anywhere, lower case accepted). Refusals: CREDIT_CODE_EMPTY, CREDIT_CODE_LENGTH,
     * CREDIT_CODE_CHARACTERS, CREDIT_CODE_CHECK_DIGIT.
     */
    public static CreditCode parse(String raw, String field) {
        String value = Text.compact(raw).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw DomainException.invalid("CREDIT_CODE_EMPTY", field, "请填写统一社会信用代码");
        }
        if (value.length() != 18) {
            throw DomainException.invalid("CREDIT_CODE_LENGTH", field, "统一社会信用代码应为18位（当前为" + value.length() + "位），请核对");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("CREDIT_CODE_CHARACTERS", field, "统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）");
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw DomainException.invalid("CREDIT_CODE_CHECK_DIGIT", field, "统一社会信用代码校验位错误，请核对");
        }
        return new CreditCode(value);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
