package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @Test
    void acceptsMainlandMobilesWrittenAsPeopleDo() {
        assertThat(PhoneNumber.parse("+86 138-0013-8000", "phone").value()).isEqualTo("13800138000");
        assertThat(PhoneNumber.parse("13800138000", "phone").masked()).isEqualTo("138****8000");
    }

    @Test
    void refusesOthers() {
        assertThatThrownBy(() -> PhoneNumber.parse("12800138000", "phone")).isInstanceOf(DomainException.class)
                .hasMessage("手机号码应以13至19开头，请核对");
        assertThatThrownBy(() -> PhoneNumber.parse(" ", "phone")).hasMessage("请填写手机号码");
    }
}
