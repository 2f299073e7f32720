package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void computesTheGb11643CheckCharacter() {
        // the standard's own example: 11010519491231002X
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052419800101001")).isEqualTo('3');
    }

    @Test
    void parsesAValidNumberWithBirthDateAndSex() {
        IdNumber id = IdNumber.parse(" 11010519491231002x ", "idNumber", TODAY);
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo("女");
        assertThat(IdNumber.parse("440524198001010013", "idNumber", TODAY).sex()).isEqualTo("男");
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        IdNumber id = IdNumber.parse("11010519491231002X", "idNumber", TODAY);
        assertThat(id.masked()).isEqualTo("1101**********002X");
        assertThat(id.toString()).isEqualTo(id.masked());
    }

    @Test
    void refusesAWrongCheckDigitSayingWhatToFix() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021", "idNumber", TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessage("身份证号码校验位错误，请核对后重新输入")
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems()).extracting("field").containsExactly("idNumber"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002Y", "1.10105194912E+17", "abcdefghijklmnopqr"})
    void refusesMalformedNumbers(String raw) {
        assertThatThrownBy(() -> IdNumber.parse(raw, "idNumber", TODAY)).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesImpossibleAndFutureBirthDates() {
        String feb30 = "11010519850230002";
        assertThatThrownBy(() -> IdNumber.parse(feb30 + IdNumber.checkCharacter(feb30), "idNumber", TODAY))
                .hasMessage("身份证号码中的出生日期不正确，请核对");
        String future = "11010520300101002";
        assertThatThrownBy(() -> IdNumber.parse(future + IdNumber.checkCharacter(future), "idNumber", TODAY))
                .hasMessage("身份证号码中的出生日期不正确，请核对");
    }
}
