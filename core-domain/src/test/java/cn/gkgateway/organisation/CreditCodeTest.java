package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    @Test
    void acceptsPublishedCodes() {
        // codes printed on public business licences
        assertThat(CreditCode.parse("91350100M000100Y43", "creditCode").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.parse(" 91110000802100433b ", "creditCode").value()).isEqualTo("91110000802100433B");
    }

    @Test
    void refusesAWrongCheckCharacterOrForbiddenLetters() {
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44", "creditCode"))
                .isInstanceOf(DomainException.class).hasMessage("统一社会信用代码校验位错误，请核对");
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100I43", "creditCode"))
                .hasMessage("统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）");
    }
}
