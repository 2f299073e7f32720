package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    @Test
    void acceptsEightOrMoreCharactersWithLettersAndDigits() {
        assertThatCode(() -> PasswordPolicy.check("danwei", "abcdef12", "password")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("danwei", "Gk@123456", "password")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortPasswordsWithEveryBrokenRuleListed() {
        DomainException e = refused("danwei", "1234567");
        assertThat(e.code()).isEqualTo("PASSWORD_LENGTH");
        assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::message)
                .containsExactly("密码长度须为8至64位", "密码须同时包含英文字母和数字");
        assertThat(e.getMessage()).startsWith("密码不符合要求：");
    }

    @Test
    void refusesPasswordsWithoutLettersOrWithoutDigits() {
        assertThat(refused("danwei", "abcdefgh").code()).isEqualTo("PASSWORD_LETTERS_AND_DIGITS");
        assertThat(refused("danwei", "12345678").code()).isEqualTo("PASSWORD_LETTERS_AND_DIGITS");
        assertThat(refused("danwei", "密码密码密码12").code()).as("Chinese characters are not letters here").isEqualTo("PASSWORD_LETTERS_AND_DIGITS");
    }

    @Test
    void refusesTheUsernameAndOverlongPasswords() {
        assertThat(refused("chief2026", "Chief2026").code()).isEqualTo("PASSWORD_SAME_AS_USERNAME");
        assertThat(refused("danwei", "a1".repeat(33)).code()).isEqualTo("PASSWORD_LENGTH");
        assertThat(refused("danwei", null).code()).isEqualTo("PASSWORD_LENGTH");
    }

    private static DomainException refused(String username, String password) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> PasswordPolicy.check(username, password, "password"));
        assertThat(e).as("refused: " + password).isNotNull();
        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
        return e;
    }
}
