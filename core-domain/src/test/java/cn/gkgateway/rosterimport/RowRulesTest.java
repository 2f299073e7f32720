package cn.gkgateway.rosterimport;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.IdNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per row rule code: a valid row, changed in one column, must be refused with exactly that code. */
class RowRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String UNIT = "扬州市江都区水利工程管理处";
    /** Born 1985-06-15, male. */
    static final String ID = withCheck("32102319850615001");

    private final RowRules rules = new RowRules(TODAY, UNIT,
            name -> name.equals("行政事务") || name.equals("10001") ? Optional.of("10001") : Optional.empty());

    static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    static Map<TemplateColumn, ImportCell> valid() {
        Map<TemplateColumn, ImportCell> row = new EnumMap<>(TemplateColumn.class);
        row.put(TemplateColumn.NAME, ImportCell.text("张 三"));
        row.put(TemplateColumn.ID_NUMBER, ImportCell.text(ID));
        row.put(TemplateColumn.SEX, ImportCell.text("男"));
        row.put(TemplateColumn.BIRTH_DATE, ImportCell.text("1985-6-15"));
        row.put(TemplateColumn.UNIT, ImportCell.text(" 扬州市江都区\u00a0水利工程管理处\u3000"));
        row.put(TemplateColumn.WORK_TYPE, ImportCell.text("行政事务"));
        row.put(TemplateColumn.LEVEL, ImportCell.text("中级工"));
        row.put(TemplateColumn.LEVEL_YEAR, ImportCell.text("2015"));
        row.put(TemplateColumn.WORK_START, ImportCell.text("2005年7月"));
        row.put(TemplateColumn.PHONE, ImportCell.text("138 0013 8000"));
        return row;
    }

    private List<String> codes(TemplateColumn column, ImportCell cell) {
        Map<TemplateColumn, ImportCell> row = valid();
        row.put(column, cell);
        return rules.check(5, row).faults().stream().map(RowFault::code).toList();
    }

    @Test
    void aValidRowPassesWithNormalisedValues() {
        CheckedRow row = rules.check(2, valid());
        assertThat(row.faults()).isEmpty();
        ImportedPerson person = row.person();
        assertThat(person.name()).isEqualTo("张 三");
        assertThat(person.idNumber().value()).isEqualTo(ID);
        assertThat(person.level()).isEqualTo(Level.INTERMEDIATE);
        assertThat(person.levelYear()).isEqualTo(2015);
        assertThat(person.workStart().text()).isEqualTo("2005-07");
        assertThat(person.phone().value()).isEqualTo("13800138000");
        assertThat(person.workTypeCode()).isEqualTo("10001");
    }

    @Test
    void requiredField() {
        assertThat(codes(TemplateColumn.NAME, ImportCell.text(" \u3000"))).containsExactly("REQUIRED_FIELD");
        assertThat(codes(TemplateColumn.UNIT, null)).containsExactly("REQUIRED_FIELD");
    }

    @Test
    void levelYearIsRequiredUnlessUnrated() {
        assertThat(codes(TemplateColumn.LEVEL_YEAR, null)).containsExactly("REQUIRED_FIELD");
        Map<TemplateColumn, ImportCell> row = valid();
        row.put(TemplateColumn.LEVEL, ImportCell.text("未定级"));
        row.remove(TemplateColumn.LEVEL_YEAR);
        assertThat(rules.check(2, row).faults()).isEmpty();
    }

    @Test
    void levelYearInvalidAndFuture() {
        assertThat(codes(TemplateColumn.LEVEL_YEAR, ImportCell.text("15年"))).containsExactly("LEVEL_YEAR_INVALID");
        assertThat(codes(TemplateColumn.LEVEL_YEAR, ImportCell.text("2027"))).containsExactly("DATE_IN_FUTURE");
        assertThat(codes(TemplateColumn.LEVEL_YEAR, ImportCell.number("2015"))).isEmpty();
    }

    @Test
    void idNumberInANumericCellIsRefusedWhateverItsDigits() {
        assertThat(codes(TemplateColumn.ID_NUMBER, ImportCell.number(ID.substring(0, 17) + "0"))).containsExactly("ID_SCIENTIFIC_NOTATION");
        assertThat(codes(TemplateColumn.ID_NUMBER, ImportCell.number("3.21023E+17"))).containsExactly("ID_SCIENTIFIC_NOTATION");
    }

    @Test
    void idNumberCodesOfTheNormaliser() {
        assertThat(codes(TemplateColumn.ID_NUMBER, ImportCell.text(ID.substring(0, 17) + (ID.endsWith("0") ? "1" : "0")))).contains("ID_CHECK_DIGIT");
        assertThat(codes(TemplateColumn.ID_NUMBER, ImportCell.text("3210231985"))).contains("ID_LENGTH");
        assertThat(codes(TemplateColumn.ID_NUMBER, ImportCell.text("32102319850615A01X"))).contains("ID_CHARACTERS");
    }

    @Test
    void lowerCaseXIsTheSameAsUpperCase() {
        String withX = findIdEndingInX();
        Map<TemplateColumn, ImportCell> row = valid();
        row.put(TemplateColumn.ID_NUMBER, ImportCell.text(withX.toLowerCase()));
        CheckedRow first = rules.check(2, row);
        row.put(TemplateColumn.ID_NUMBER, ImportCell.text(withX));
        CheckedRow second = rules.check(3, row);
        DuplicateRows duplicates = new DuplicateRows();
        duplicates.check(first);
        duplicates.check(second);
        assertThat(first.faults()).isEmpty();
        assertThat(second.faults()).extracting(RowFault::code).containsExactly("DUPLICATE_IN_FILE");
        assertThat(second.person()).isNull();
    }

    private static String findIdEndingInX() {
        for (int seq = 100; seq < 999; seq++) {
            String id = withCheck("32102319850615" + seq);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void duplicateOnRoster() {
        CheckedRow row = rules.check(2, valid());
        DuplicateRows.onRoster(row);
        assertThat(row.faults()).extracting(RowFault::code).containsExactly("DUPLICATE_ON_ROSTER");
        assertThat(row.accepted()).isFalse();
    }

    @Test
    void sexMismatchAndInvalid() {
        assertThat(codes(TemplateColumn.SEX, ImportCell.text("女"))).containsExactly("SEX_MISMATCH");
        assertThat(codes(TemplateColumn.SEX, ImportCell.text("M"))).containsExactly("SEX_INVALID");
    }

    @Test
    void birthDateMismatchAndFuture() {
        assertThat(codes(TemplateColumn.BIRTH_DATE, ImportCell.text("1985-6-16"))).containsExactly("BIRTH_DATE_MISMATCH");
        assertThat(codes(TemplateColumn.BIRTH_DATE, ImportCell.date(LocalDate.of(1985, 6, 15)))).isEmpty();
        assertThat(codes(TemplateColumn.BIRTH_DATE, ImportCell.text("2030-1-1"))).contains("DATE_IN_FUTURE");
    }

    @Test
    void birthDateNeedsADay() {
        assertThat(codes(TemplateColumn.BIRTH_DATE, ImportCell.text("1985-6"))).containsExactly("DATE_FORMAT");
    }

    @Test
    void workStartInTheFutureOrTooYoung() {
        assertThat(codes(TemplateColumn.WORK_START, ImportCell.text("2026-7"))).containsExactly("DATE_IN_FUTURE");
        assertThat(codes(TemplateColumn.WORK_START, ImportCell.text("2026-6"))).isEmpty();
        assertThat(codes(TemplateColumn.WORK_START, ImportCell.text("2001-5"))).containsExactly("WORK_START_TOO_YOUNG");
        assertThat(codes(TemplateColumn.WORK_START, ImportCell.text("2001-6"))).isEmpty();
        assertThat(codes(TemplateColumn.WORK_START, ImportCell.text("2001-6-14"))).containsExactly("WORK_START_TOO_YOUNG");
    }

    @Test
    void unitMismatch() {
        assertThat(codes(TemplateColumn.UNIT, ImportCell.text("扬州市江都区公路管理站"))).containsExactly("UNIT_MISMATCH");
    }

    @Test
    void unknownWorkTypeAndLevel() {
        assertThat(codes(TemplateColumn.WORK_TYPE, ImportCell.text("宇航员"))).containsExactly("UNKNOWN_WORK_TYPE");
        assertThat(codes(TemplateColumn.WORK_TYPE, ImportCell.text("10001"))).isEmpty();
        assertThat(codes(TemplateColumn.LEVEL, ImportCell.text("特级工"))).containsExactly("UNKNOWN_LEVEL");
        assertThat(codes(TemplateColumn.LEVEL, ImportCell.text("四级"))).isEmpty();
        assertThat(codes(TemplateColumn.LEVEL, ImportCell.text("二级/技师"))).isEmpty();
    }

    @Test
    void nameInvalidAndTooLong() {
        assertThat(codes(TemplateColumn.NAME, ImportCell.text("张三1"))).containsExactly("NAME_INVALID");
        assertThat(codes(TemplateColumn.NAME, ImportCell.text("张\u202e三"))).containsExactly("NAME_INVALID");
        assertThat(codes(TemplateColumn.NAME, ImportCell.text("=HYPERLINK(\"x\")"))).containsExactly("NAME_INVALID");
        assertThat(codes(TemplateColumn.NAME, ImportCell.text("阿".repeat(31)))).containsExactly("NAME_TOO_LONG");
        assertThat(codes(TemplateColumn.NAME, ImportCell.text("买买提·艾力"))).isEmpty();
    }

    @Test
    void phoneCodes() {
        assertThat(codes(TemplateColumn.PHONE, ImportCell.number("13800138000"))).containsExactly("PHONE_SCIENTIFIC_NOTATION");
        assertThat(codes(TemplateColumn.PHONE, ImportCell.text("1380013800"))).containsExactly("PHONE_LENGTH");
        assertThat(codes(TemplateColumn.PHONE, ImportCell.text("12800138000"))).containsExactly("PHONE_PREFIX");
        assertThat(codes(TemplateColumn.PHONE, ImportCell.text("138OO138000"))).containsExactly("PHONE_CHARACTERS");
        assertThat(codes(TemplateColumn.PHONE, null)).isEmpty();
    }

    @Test
    void allFaultsOfARowAtOnce() {
        Map<TemplateColumn, ImportCell> row = valid();
        row.put(TemplateColumn.NAME, ImportCell.text("张三1"));
        row.put(TemplateColumn.LEVEL, ImportCell.text("特级工"));
        row.put(TemplateColumn.PHONE, ImportCell.number("13800138000"));
        row.put(TemplateColumn.WORK_START, ImportCell.text("05-7-1"));
        assertThat(rules.check(9, row).faults()).extracting(RowFault::code)
                .containsExactlyInAnyOrder("NAME_INVALID", "UNKNOWN_LEVEL", "PHONE_SCIENTIFIC_NOTATION", "DATE_FORMAT");
    }

    @Test
    void theOptionalEstablishmentColumnIsReadOrDefaultsToInEstablishment() {
        assertThat(rules.check(2, valid()).person().establishment()).isEqualTo(cn.gkgateway.roster.Establishment.IN_ESTABLISHMENT);
        Map<TemplateColumn, ImportCell> row = valid();
        row.put(TemplateColumn.ESTABLISHMENT, ImportCell.text(" 编外 "));
        assertThat(rules.check(2, row).person().establishment()).isEqualTo(cn.gkgateway.roster.Establishment.OUT_OF_ESTABLISHMENT);
        assertThat(codes(TemplateColumn.ESTABLISHMENT, ImportCell.text("临时工"))).containsExactly("ESTABLISHMENT_INVALID");
    }

    @Test
    void keyFieldsUseTheSameRulesAndCodesAsAnImportRow() {
        List<RowFault> faults = new java.util.ArrayList<>();
        RowRules.KeyFields fields = rules.checkKeyFields(ImportCell.text("李 四"), ImportCell.text(ID), ImportCell.text("行政事务"),
                ImportCell.text("五级"), ImportCell.text("2016"), faults);
        assertThat(faults).isEmpty();
        assertThat(fields).isEqualTo(new RowRules.KeyFields("李 四", IdNumber.parse(ID, "id", TODAY), "10001", Level.JUNIOR, 2016));
        faults.clear();
        RowRules.KeyFields bad = rules.checkKeyFields(null, ImportCell.number("3.21023198506150E17"), ImportCell.text("不存在"),
                ImportCell.text("未定级"), ImportCell.text("2016"), faults);
        assertThat(faults.stream().map(RowFault::code)).containsExactly("REQUIRED_FIELD", "ID_SCIENTIFIC_NOTATION", "UNKNOWN_WORK_TYPE");
        assertThat(bad.level()).isEqualTo(Level.NONE);
        assertThat(bad.levelYear()).isNull();
    }
}
