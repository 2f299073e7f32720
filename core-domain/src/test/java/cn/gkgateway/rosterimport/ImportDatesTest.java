package cn.gkgateway.rosterimport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2020-5-8, 2020-05-08", "2020/05/08, 2020-05-08", "2020.5.8, 2020-05-08", "2020年5月8日, 2020-05-08",
            "20200508, 2020-05-08", "２０２０－５－８, 2020-05-08", "' 2020 年 5 月 8 日 ', 2020-05-08",
            "2020-5, 2020-05", "2020/5, 2020-05", "2020.12, 2020-12", "2020年5月, 2020-05"})
    void acceptedForms(String text, String normalised) throws Exception {
        assertThat(ImportDates.read(ImportCell.text(text), "参加工作时间", true).text()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-2-30", "2021年2月29日", "20201301", "2020-13", "2020年0月", "1850-1-1", "2020.4.31"})
    void impossibleDatesAreDateInvalid(String text) {
        assertThatThrownBy(() -> ImportDates.read(ImportCell.text(text), "参加工作时间", true))
                .isInstanceOfSatisfying(ImportDates.Unreadable.class, e -> assertThat(e.code()).isEqualTo("DATE_INVALID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20-5-8", "8/5/2020", "08-05-2020", "2020", "去年", "2020-5-8-1", "2020年5月8", "5月8日", "2020-5/8", "202058"})
    void otherFormsAreDateFormatWithTheAcceptedFormsListed(String text) {
        assertThatThrownBy(() -> ImportDates.read(ImportCell.text(text), "参加工作时间", true))
                .isInstanceOfSatisfying(ImportDates.Unreadable.class, e -> {
                    assertThat(e.code()).isEqualTo("DATE_FORMAT");
                    assertThat(e.getMessage()).contains("2020年5月8日").contains("2020年5月");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"43959", "2020"})
    void aNumberWithoutADateFormatIsDateFormat(String number) {
        assertThatThrownBy(() -> ImportDates.read(ImportCell.number(number), "出生日期", false))
                .isInstanceOfSatisfying(ImportDates.Unreadable.class, e -> assertThat(e.code()).isEqualTo("DATE_FORMAT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-5", "2020年5月"})
    void aMonthIsNotEnoughWhereADayIsNeeded(String text) {
        assertThatThrownBy(() -> ImportDates.read(ImportCell.text(text), "出生日期", false))
                .isInstanceOfSatisfying(ImportDates.Unreadable.class, e -> assertThat(e.code()).isEqualTo("DATE_FORMAT"));
    }
}
