package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsernameRulesTest {

    @Test
    void normalisesWidthCaseAndSpaces() {
        assertThat(UsernameRules.normalise(" ＤanWei\u3000")).isEqualTo("danwei");
        assertThat(UsernameRules.hashOf("DANWEI ")).isEqualTo(UsernameRules.hashOf("danwei")).hasSize(64);
    }

    @Test
    void acceptsLowerCaseLettersDigitsAndUnderscores() {
        assertThat(UsernameRules.requireValid("gkb_qu")).isEqualTo("gkb_qu");
        assertThat(UsernameRules.requireValid("Admin2")).isEqualTo("admin2");
    }

    @Test
    void refusesOtherNames() {
        for (String bad : new String[]{"ab", "1abc", "with space", "名字abc", "a".repeat(31), "", null}) {
            assertThatThrownBy(() -> UsernameRules.requireValid(bad)).as(String.valueOf(bad))
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo("USERNAME_INVALID");
        }
    }
}
