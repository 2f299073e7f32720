package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.UnitCategory;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Set<String> CATALOG = Set.of("FW01", "SL01");

    private static ApplicantForm form(Level current, Integer year, boolean exceptional, String reason) {
        return new ApplicantForm(7L, LocalDate.of(2006, 7, 1), "FW01", current, year, UnitCategory.PUBLIC_INSTITUTION,
                JurisdictionLevel.DISTRICT, "SL01", exceptional, reason, true, false, true);
    }

    private static List<FieldProblem> problems(ApplicantForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        form.check(TODAY, CATALOG::contains, problems);
        return problems;
    }

    @Test
    void aCompleteFormGivesItsValuesAndTheModeFromTheExceptionBox() {
        List<FieldProblem> problems = new ArrayList<>();
        ApplicantForm.Values values = form(Level.JUNIOR, 2016, true, "获省级技术能手称号").check(TODAY, CATALOG::contains, problems);
        assertThat(problems).isEmpty();
        assertThat(values.mode()).isEqualTo(DeclarationMode.EXCEPTIONAL);
        assertThat(values.reason()).isEqualTo("获省级技术能手称号");
        assertThat(values.textbookAbility()).isFalse();
        assertThat(form(Level.JUNIOR, 2016, false, "ignored").check(TODAY, CATALOG::contains, new ArrayList<>()).mode())
                .isEqualTo(DeclarationMode.NORMAL);
    }

    @Test
    void everyProblemIsReportedAtOnceUnderItsField() {
        ApplicantForm empty = new ApplicantForm(null, null, null, null, null, null, null, null, true, null, null, null, null);
        assertThat(problems(empty)).extracting(FieldProblem::field).containsExactly("unitId", "workStartDate", "currentWorkTypeCode",
                "currentLevel", "unitCategory", "unitLevel", "workTypeCode", "reason", "textbookEthics", "textbookAbility", "textbookSkill");
    }

    @Test
    void anExceptionReasonOver100CharactersIsRefused() {
        assertThat(problems(form(Level.JUNIOR, 2016, true, "长".repeat(100)))).isEmpty();
        assertThat(problems(form(Level.JUNIOR, 2016, true, "长".repeat(101))))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "破格晋升说明不能超过100个字"));
    }

    @Test
    void theLevelYearIsRequiredWithALevelAndBlankForUnrated() {
        assertThat(problems(form(Level.JUNIOR, null, false, null))).extracting(FieldProblem::field).containsExactly("currentLevelYear");
        assertThat(problems(form(Level.JUNIOR, 2027, false, null))).extracting(FieldProblem::message)
                .containsExactly("现等级取得年份应在1950年至2026年之间");
        assertThat(problems(form(Level.JUNIOR, 2005, false, null))).extracting(FieldProblem::message)
                .containsExactly("现等级取得年份不能早于参加工作时间，请核对");
        ApplicantForm.Values unrated = form(Level.NONE, 2016, false, null).check(TODAY, CATALOG::contains, new ArrayList<>());
        assertThat(unrated.currentLevelYear()).isNull();
    }

    @Test
    void workTypesMustBeInTheCatalogAndTheWorkStartNotInTheFuture() {
        ApplicantForm unknown = new ApplicantForm(7L, TODAY.plusDays(1), "XX99", Level.NONE, null, UnitCategory.ADMINISTRATIVE,
                JurisdictionLevel.CITY, "YY99", false, null, true, true, true);
        assertThat(problems(unknown)).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("workStartDate", "参加工作时间不能晚于今天"),
                org.assertj.core.groups.Tuple.tuple("currentWorkTypeCode", "现岗位工种不在工种目录中，请重新选择"),
                org.assertj.core.groups.Tuple.tuple("workTypeCode", "申报岗位工种不在工种目录中，请重新选择"));
    }

    @Test
    void workYearsAreCompletedYears() {
        assertThat(DeclarationForm.workYears(LocalDate.of(2006, 7, 1), TODAY)).isEqualTo(19);
        assertThat(DeclarationForm.workYears(LocalDate.of(2006, 6, 15), TODAY)).isEqualTo(20);
        assertThat(DeclarationForm.workYears(TODAY.plusDays(1), TODAY)).isZero();
    }
}
