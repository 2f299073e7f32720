package cn.gkgateway.identity;

import cn.gkgateway.organisation.CreditCode;
import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One normalisation for ID numbers, mobiles, contact phones and credit codes, whatever way they arrive. */
class IdentityNormalisationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final String ID = "11010519491231002X";

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002x",
            "  11010519491231002X\t",
            "１１０１０５１９４９１２３１００２Ｘ",
            "１１０１０５１９４９１２３１００２ｘ",
            "110105 19491231 002X",
            "\u00a0110105194912310 02X\u3000",
            "\u200b11010519491231\u200c002X\u200d",
            "\ufeff11010519491231002X\u2060",
            "110105\u202e19491231002X",
            "110105\r\n19491231002X"})
    void idNumbersAreNormalisedWhateverTheyArriveWith(String raw) {
        assertThat(IdNumber.parse(raw, "idNumber", TODAY).value()).isEqualTo(ID);
    }

    @Test
    void aFifteenDigitLegacyNumberIsUpgradedToEighteen() {
        // 110105491231002 (first generation) is 11010519491231002X today
        IdNumber upgraded = IdNumber.parse("110105491231002", "idNumber", TODAY);
        assertThat(upgraded.value()).isEqualTo(ID);
        assertThat(upgraded.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(upgraded.birthYear()).isEqualTo(1949);
    }

    @Test
    void residencePermitsOfHongKongMacaoAndTaiwanResidentsAreAccepted() {
        for (String region : new String[] {"810000", "820000", "830000"}) {
            String first17 = region + "19900101123";
            assertThat(IdNumber.parse(first17 + IdNumber.checkCharacter(first17), "idNumber", TODAY).value()).startsWith(region);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|ID_EMPTY|请填写身份证号码",
            "' \u3000\u200b '|ID_EMPTY|请填写身份证号码",
            "3.20123E+17|ID_SCIENTIFIC_NOTATION|请将该列设置为文本格式后重新录入",
            "3.20123e17|ID_SCIENTIFIC_NOTATION|请将该列设置为文本格式后重新录入",
            "1101051949123100|ID_LENGTH|应为18位（当前为16位）",
            "11010519491231002X1|ID_LENGTH|应为18位（当前为19位）",
            "1101051949123100XX|ID_CHARACTERS|前17位应为数字",
            "11010519491231002Y|ID_CHARACTERS|最后一位为数字或X",
            "11010549123100X|ID_CHARACTERS|前17位应为数字",
            "110105194912310021|ID_CHECK_DIGIT|校验位错误"})
    void eachRefusalHasItsCodeAndSaysWhatToFix(String raw, String code, String message) {
        assertThatThrownBy(() -> IdNumber.parse(raw, "idNumber", TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.fieldProblems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("idNumber");
                        assertThat(problem.code()).isEqualTo(code);
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "71", "80", "84", "91", "99"})
    void regionsThatAreNoProvinceAreRefused(String province) {
        String first17 = province + "0105" + "19800101002";
        assertThat(code(() -> IdNumber.parse(first17 + IdNumber.checkCharacter(first17), "idNumber", TODAY))).isEqualTo("ID_REGION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65"})
    void everyProvinceLevelRegionIsAccepted(String province) {
        String first17 = province + "0105" + "19800101002";
        assertThat(IdNumber.parse(first17 + IdNumber.checkCharacter(first17), "idNumber", TODAY).value()).startsWith(province);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18991231", "19850230", "19851301", "19850001", "20260616", "20300101"})
    void birthDatesThatCannotBeAreRefused(String birth) {
        String first17 = "110105" + birth + "002";
        assertThat(code(() -> IdNumber.parse(first17 + IdNumber.checkCharacter(first17), "idNumber", TODAY))).isEqualTo("ID_BIRTH_DATE");
    }

    @Test
    void theBirthDateLimitIsTheGivenDayNotTheMachinesDay() {
        String first17 = "11010520260615002";
        String born = first17 + IdNumber.checkCharacter(first17);
        assertThat(IdNumber.parse(born, "idNumber", TODAY).birthDate()).isEqualTo(TODAY);
        assertThat(code(() -> IdNumber.parse(born, "idNumber", TODAY.minusDays(1)))).isEqualTo("ID_BIRTH_DATE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "+86 138 0013 8000", "+8613800138000", "0086 13800138000", "8613800138000",
            "86-138-0013-8000", "(+86)138-0013-8000", "１３８００１３８０００", "138\u00a00013\u30008000", "\u200b13800138000\ufeff",
            "138\t0013 8000 "})
    void mobilesAreNormalised(String raw) {
        assertThat(PhoneNumber.parse(raw, "phone").value()).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|PHONE_EMPTY",
            "'  '|PHONE_EMPTY",
            "1380013800a|PHONE_CHARACTERS",
            "138001380001|PHONE_LENGTH",
            "1380013800|PHONE_LENGTH",
            "12800138000|PHONE_PREFIX",
            "02583456789|PHONE_PREFIX"})
    void mobileRefusalsHaveCodes(String raw, String code) {
        assertThat(code(() -> PhoneNumber.parse(raw, "phone"))).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "025-83456789|025-83456789",
            "02583456789|025-83456789",
            "0514 8765 4321|0514-87654321",
            "(0514)87654321|0514-87654321",
            "（０５１４）８７６５４３２１|0514-87654321",
            "010-6512345|010-6512345",
            "0514-87654321-123|0514-87654321-123",
            "025-83456789转8001|025-83456789-8001",
            "025-83456789 ext.12|025-83456789-12",
            "+86 25 8345 6789|025-83456789",
            "+86 138 0013 8000|13800138000",
            "138-0013-8000|13800138000"})
    void contactPhonesAcceptMobilesAndLandlinesWithAreaCode(String raw, String stored) {
        assertThat(ContactPhone.parse(raw, "contactPhone").value()).isEqualTo(stored);
    }

    @Test
    void contactPhonesAreMasked() {
        assertThat(ContactPhone.parse("0514-87654321-123", "contactPhone").masked()).isEqualTo("0514-****4321");
        assertThat(ContactPhone.parse("13800138000", "contactPhone").toString()).isEqualTo("138****8000");
        assertThat(ContactPhone.parse("13800138000", "contactPhone").isMobile()).isTrue();
        assertThat(ContactPhone.parse("025-83456789", "contactPhone").isMobile()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|CONTACT_PHONE_EMPTY",
            "83456789|CONTACT_PHONE_FORMAT",
            "025-0345678|CONTACT_PHONE_FORMAT",
            "025-834567890|CONTACT_PHONE_FORMAT",
            "12800138000|CONTACT_PHONE_FORMAT",
            "123|CONTACT_PHONE_FORMAT",
            "电话025-83456789|CONTACT_PHONE_CHARACTERS"})
    void contactPhoneRefusalsHaveCodes(String raw, String code) {
        assertThat(code(() -> ContactPhone.parse(raw, "contactPhone"))).isEqualTo(code);
    }

    @Test
    void creditCodesAreNormalisedAndRefusedWithCodes() {
        assertThat(CreditCode.parse("９１３５０１００Ｍ０００１００Ｙ４３", "creditCode").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.parse("\u200b91350100 m000100y43\u3000", "creditCode").value()).isEqualTo("91350100M000100Y43");
        assertThat(code(() -> CreditCode.parse(" ", "creditCode"))).isEqualTo("CREDIT_CODE_EMPTY");
        assertThat(code(() -> CreditCode.parse("91350100M000100Y4", "creditCode"))).isEqualTo("CREDIT_CODE_LENGTH");
        assertThat(code(() -> CreditCode.parse("91350100M000100I43", "creditCode"))).isEqualTo("CREDIT_CODE_CHARACTERS");
        assertThat(code(() -> CreditCode.parse("91350100M000100Y44", "creditCode"))).isEqualTo("CREDIT_CODE_CHECK_DIGIT");
    }

    private static String code(Runnable parse) {
        try {
            parse.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("accepted");
    }
}
