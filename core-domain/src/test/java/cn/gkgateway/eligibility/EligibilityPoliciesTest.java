package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.gkgateway.eligibility.Candidates.candidate;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityPoliciesTest {

    private final RegistrationWindowPolicy window = new RegistrationWindowPolicy();
    private final LevelProgressionPolicy progression = new LevelProgressionPolicy();
    private final SeniorityPolicy seniority = new SeniorityPolicy();

    @Test
    void windowIsOpenOnBothOfItsDaysAndClosedOutside() {
        assertThat(window.reject(candidate().on(LocalDate.of(2026, 8, 1)).build())).isEmpty();
        assertThat(window.reject(candidate().on(LocalDate.of(2026, 8, 31)).build())).isEmpty();
        assertThat(window.reject(candidate().on(LocalDate.of(2026, 9, 1)).build()))
                .contains("等级工报名已于2026-08-31截止，系统已关闭，无法补报");
        assertThat(window.reject(candidate().on(LocalDate.of(2026, 7, 31)).build()))
                .contains("等级工报名将于2026-08-01开始，尚未开放");
    }

    @Test
    void noPlanOrNoWindowForTheLevelMeansNoDeclaration() {
        assertThat(window.reject(candidate().withoutPlan().build())).contains("2026年度考评计划尚未发布，暂不能申报");
        assertThat(window.reject(candidate().current(Level.SENIOR, 2015).declaring(Level.TECHNICIAN).build()))
                .contains("2026年度未安排技师报名");
    }

    @Test
    void normalDeclarationClimbsOneLevel() {
        assertThat(progression.reject(candidate().build())).isEmpty();
        assertThat(progression.reject(candidate().declaring(Level.SENIOR).build()))
                .contains("正常申报只能晋升一个等级：现为五级/初级工，可申报四级/中级工");
        assertThat(progression.reject(candidate().current(Level.INTERMEDIATE, 2015).build()))
                .contains("申报等级应高于现岗位等级（现为四级/中级工）");
    }

    @Test
    void ungradedWorkersMayEnterAnyGradeLevelButNotTechnician() {
        assertThat(progression.reject(candidate().current(Level.NONE, null).declaring(Level.SENIOR).build())).isEmpty();
        assertThat(progression.reject(candidate().current(Level.NONE, null).declaring(Level.TECHNICIAN).build()))
                .contains("未定级人员只能申报等级工（五级至三级）");
    }

    @Test
    void fiveYearsInLevelOrTenWorkingYearsForIntermediate() {
        assertThat(seniority.reject(candidate().current(Level.JUNIOR, 2022).workingSince(2020).build()))
                .contains("现岗位等级年限不满五年，且工作年限不满10年（现为6年），不符合四级/中级工报名条件");
        assertThat(seniority.reject(candidate().current(Level.JUNIOR, 2022).workingSince(2016).build())).isEmpty();
        assertThat(seniority.reject(candidate().current(Level.JUNIOR, 2021).workingSince(2021).build())).isEmpty();
    }

    @Test
    void eighteenWorkingYearsForSeniorWithoutFiveInLevel() {
        Candidates senior = candidate().current(Level.INTERMEDIATE, 2023).declaring(Level.SENIOR);
        assertThat(seniority.reject(senior.workingSince(2009).build())).contains(
                "现岗位等级年限不满五年，且工作年限不满18年（现为17年），不符合三级/高级工报名条件");
        assertThat(seniority.reject(senior.workingSince(2008).build())).isEmpty();
    }

    @Test
    void juniorNeedsNoSeniority() {
        assertThat(seniority.reject(candidate().current(Level.NONE, null).workingSince(2026).declaring(Level.JUNIOR).build())).isEmpty();
    }
}
