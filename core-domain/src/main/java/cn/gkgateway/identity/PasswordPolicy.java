package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;

import java.util.ArrayList;
import java.util.List;

/**
 * The password rules (seed 004 asks the same of applicants): 8 to 64 characters, at least one
 * letter and one digit, not the username. All broken rules are reported at once (as field
 * errors); the answer's code is the first one's: {@code PASSWORD_LENGTH},
 * {@code PASSWORD_LETTERS_AND_DIGITS} or {@code PASSWORD_SAME_AS_USERNAME}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** BCrypt reads at most 72 bytes; 64 characters of ASCII stay within it. */
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks a rule; the field is named {@code field} in the answer. */
    public static void check(String username, String password, String field) {
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        String value = password == null ? "" : password;
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            codes.add("PASSWORD_LENGTH");
            problems.add(new DomainException.FieldProblem(field, "密码长度须为" + MIN_LENGTH + "至" + MAX_LENGTH + "位"));
        }
        if (value.chars().noneMatch(c -> c < 128 && Character.isLetter(c)) || value.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            codes.add("PASSWORD_LETTERS_AND_DIGITS");
            problems.add(new DomainException.FieldProblem(field, "密码须同时包含英文字母和数字"));
        }
        if (username != null && !value.isEmpty() && UsernameRules.normalise(value).equals(UsernameRules.normalise(username))) {
            codes.add("PASSWORD_SAME_AS_USERNAME");
            problems.add(new DomainException.FieldProblem(field, "密码不能与用户名相同"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, codes.get(0),
                    "密码不符合要求：" + String.join("；", problems.stream().map(DomainException.FieldProblem::message).toList()),
                    problems);
        }
    }
}
