package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.eligibility.Candidate.Mode;
import cn.gkgateway.plan.EligibilityRule;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.RegistrationWindow;
import cn.gkgateway.roster.WorkerStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.gkgateway.eligibility.Candidates.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/** Every rule at its edges: the day before and after each cut-off and anniversary. */
class EligibilityPoliciesTest {

    private final LevelProgressionPolicy progression = new LevelProgressionPolicy();
    private final SeniorityPolicy seniority = new SeniorityPolicy();
    private final LevelYearPolicy levelYear = new LevelYearPolicy();
    private final InPostPolicy inPost = new InPostPolicy();
    private final ContinuingEducationPolicy education = new ContinuingEducationPolicy();
    private final IntegrityPolicy integrity = new IntegrityPolicy();

    @Test
    void normalDeclarationClimbsOneLevel() {
        assertThat(progression.reject(candidate().build())).isEmpty();
        assertThat(progression.reject(candidate().declaring(Level.SENIOR).build()))
                .contains("正常申报只能晋升一个等级：现为五级/初级工，可申报四级/中级工");
        assertThat(progression.fix(candidate().declaring(Level.SENIOR).build())).contains("请申报四级/中级工");
        assertThat(progression.reject(candidate().current(Level.INTERMEDIATE, 2015).build()))
                .contains("申报等级应高于现岗位等级（现为四级/中级工）");
    }

    @Test
    void twoLevelsUpOnlyWithExceptionalPromotion() {
        assertThat(progression.reject(candidate().declaring(Level.SENIOR).as(Mode.EXCEPTIONAL).build())).isEmpty();
        assertThat(progression.reject(candidate().current(Level.SENIOR, 2010).declaring(Level.SENIOR_TECHNICIAN).build()))
                .contains("正常申报只能晋升一个等级：现为三级/高级工，可申报二级/技师");
    }

    @Test
    void postChangeAndRecheckMayStayAtTheLevelVeteransStartUngraded() {
        assertThat(progression.reject(candidate().declaring(Level.JUNIOR).as(Mode.POST_CHANGE).build())).isEmpty();
        assertThat(progression.reject(candidate().declaring(Level.JUNIOR).as(Mode.RECHECK).build())).isEmpty();
        assertThat(progression.reject(candidate().declaring(Level.JUNIOR).build())).contains("申报等级应高于现岗位等级（现为五级/初级工）");
        assertThat(progression.reject(candidate().current(Level.NONE, null).declaring(Level.SENIOR).as(Mode.VETERAN).build())).isEmpty();
        assertThat(progression.reject(candidate().as(Mode.VETERAN).build())).contains("退伍兵初定仅适用于未定级人员（现为五级/初级工）");
    }

    @Test
    void ungradedWorkersMayEnterAnyGradeLevelButNotTechnician() {
        assertThat(progression.reject(candidate().current(Level.NONE, null).declaring(Level.SENIOR).build())).isEmpty();
        assertThat(progression.reject(candidate().current(Level.NONE, null).declaring(Level.TECHNICIAN).build()))
                .contains("未定级人员只能申报等级工（五级至三级）");
    }

    @Test
    void fiveYearsInLevelCountedByYear() {
        // 2026 − 2021 = 5: enough; 2022 gives 4
        assertThat(seniority.reject(candidate().current(Level.JUNIOR, 2021).workingSince(2021).build())).isEmpty();
        assertThat(seniority.reject(candidate().current(Level.JUNIOR, 2022).workingSince(2020).build()))
                .contains("现岗位等级年限不满五年（五级/初级工，2022年取得），且工作年限不满10年（至2026年底为6年），不符合四级/中级工报名条件");
    }

    @Test
    void tenWorkingYearsForIntermediateAtTheAnniversary() {
        Candidates shortInLevel = candidate().current(Level.JUNIOR, 2024);
        // completed by 2026-12-31: started 2016-12-31 → 10 years; started 2017-01-01 → 9 years
        assertThat(seniority.reject(shortInLevel.workingSince(LocalDate.of(2016, 12, 31)).build())).isEmpty();
        assertThat(seniority.reject(shortInLevel.workingSince(LocalDate.of(2017, 1, 1)).build()))
                .contains("现岗位等级年限不满五年（五级/初级工，2024年取得），且工作年限不满10年（至2026年底为9年），不符合四级/中级工报名条件");
        assertThat(seniority.fix(shortInLevel.build())).contains("请核对参加工作时间、现岗位等级取得年份是否正确");
    }

    @Test
    void eighteenWorkingYearsForSeniorAtTheAnniversary() {
        Candidates senior = candidate().current(Level.INTERMEDIATE, 2023).declaring(Level.SENIOR);
        assertThat(seniority.reject(senior.workingSince(LocalDate.of(2008, 12, 31)).build())).isEmpty();
        assertThat(seniority.reject(senior.workingSince(LocalDate.of(2009, 1, 1)).build())).contains(
                "现岗位等级年限不满五年（四级/中级工，2023年取得），且工作年限不满18年（至2026年底为17年），不符合三级/高级工报名条件");
    }

    @Test
    void aMonthOnlyWorkStartCountsFromTheMonthsLastDayAndDecemberStillCompletesTheYear() {
        // the roster stores "2008-12" as 2008-12-01; the rules count from 2008-12-31 (the conservative reading)
        assertThat(CandidateFactory.countedWorkStart(LocalDate.of(2008, 12, 1), true)).isEqualTo(LocalDate.of(2008, 12, 31));
        assertThat(CandidateFactory.countedWorkStart(LocalDate.of(2008, 2, 1), true)).isEqualTo(LocalDate.of(2008, 2, 29));
        assertThat(CandidateFactory.countedWorkStart(LocalDate.of(2008, 12, 1), false)).isEqualTo(LocalDate.of(2008, 12, 1));
        Candidates senior = candidate().current(Level.INTERMEDIATE, 2023).declaring(Level.SENIOR);
        // 2008-12 → counted from 2008-12-31: 18 years at 2026-12-31, admitted
        assertThat(seniority.reject(senior.workingSince(CandidateFactory.countedWorkStart(LocalDate.of(2008, 12, 1), true)).build()))
                .isEmpty();
        // 2009-01 → counted from 2009-01-31: 17 years at 2026-12-31, refused
        assertThat(seniority.reject(senior.workingSince(CandidateFactory.countedWorkStart(LocalDate.of(2009, 1, 1), true)).build()))
                .contains("现岗位等级年限不满五年（四级/中级工，2023年取得），且工作年限不满18年（至2026年底为17年），不符合三级/高级工报名条件");
    }

    @Test
    void technicianHasNoWorkYearsAlternativeAndTheTableDecides() {
        Candidates technician = candidate().current(Level.SENIOR, 2022).declaring(Level.TECHNICIAN).workingSince(1990);
        assertThat(seniority.reject(technician.build())).contains("现岗位等级年限不满五年（三级/高级工，2022年取得），不符合二级/技师报名条件");
        assertThat(seniority.reject(candidate().current(Level.SENIOR, 2021).declaring(Level.TECHNICIAN).build())).isEmpty();
        // the plan's own table: 技师 after 4 years
        ExamPlan lenient = new ExamPlan(2026, "320000", "2026", Candidates.plan().getWindows().stream()
                .map(w -> new RegistrationWindow(w.getLevelGroup(), w.getOpensOn(), w.getClosesOn(), w.getInPostCutoff())).toList(),
                List.of(new EligibilityRule(Level.TECHNICIAN, 4, null, 2)));
        assertThat(seniority.reject(technician.under(lenient).build())).isEmpty();
    }

    @Test
    void exceptionalAndVeteranNeedNoYears() {
        assertThat(seniority.reject(candidate().current(Level.JUNIOR, 2025).workingSince(2024).as(Mode.EXCEPTIONAL).build())).isEmpty();
        assertThat(seniority.reject(candidate().current(Level.NONE, null).workingSince(2025).declaring(Level.SENIOR).as(Mode.VETERAN).build())).isEmpty();
        assertThat(seniority.reject(candidate().current(Level.NONE, null).workingSince(2026).declaring(Level.JUNIOR).build())).isEmpty();
    }

    @Test
    void levelYearNotBeforeWorkStart() {
        assertThat(levelYear.reject(candidate().current(Level.JUNIOR, 2005).workingSince(LocalDate.of(2005, 12, 31)).build())).isEmpty();
        assertThat(levelYear.reject(candidate().current(Level.JUNIOR, 2004).workingSince(LocalDate.of(2005, 1, 1)).build()))
                .contains("现岗位等级取得年份（2004年）早于参加工作时间（2005-01-01）");
        assertThat(levelYear.reject(candidate().current(Level.JUNIOR, 2027).build())).contains("现岗位等级取得年份（2027年）晚于申报年度");
    }

    @Test
    void inPostAtTheYearEndCutoff() {
        // a woman worker born 1976-12-31 retires at 50 plus the reform's delay: 1975-01 + 23 months → 12 months → 2027-12-31
        assertThat(InPostPolicy.retirementDate(LocalDate.of(1976, 12, 31), "女")).isEqualTo(LocalDate.of(2027, 12, 31));
        // born before the reform: no delay
        assertThat(InPostPolicy.retirementDate(LocalDate.of(1964, 12, 31), "男")).isEqualTo(LocalDate.of(2024, 12, 31));
        // retiring on the cut-off day is no longer in post; retiring the day after still is.
        // born 1966-07-31: 18 months after 1965-01 → 18/4+1 = 5 months' delay → 2026-12-31
        assertThat(inPost.reject(candidate().born(LocalDate.of(1966, 7, 31), "男").build()))
                .contains("该人员将于2026-12-31达到退休年龄，2026-12-31时已不在职在岗");
        assertThat(inPost.reject(candidate().born(LocalDate.of(1966, 8, 1), "男").build())).isEmpty();
    }

    @Test
    void seniorTechnicianCutoffIsNextMay() {
        Candidates senior = candidate().current(Level.TECHNICIAN, 2020).declaring(Level.SENIOR_TECHNICIAN);
        // 1966-05-01 + 60 years + 5 months (16 months after 1965-01 → 16/4+1) = 2026-10-01: gone by 2027-05-31
        assertThat(inPost.reject(senior.born(LocalDate.of(1966, 5, 1), "男").build())).isPresent();
        // born 1967-01-01 → 60 + 7 months → 2027-08-01: still in post on 2027-05-31
        assertThat(inPost.reject(senior.born(LocalDate.of(1967, 1, 1), "男").build())).isEmpty();
        assertThat(senior.build().inPostCutoff()).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void onlyWorkersInPostMayDeclare() {
        assertThat(inPost.reject(candidate().status(WorkerStatus.RETIRED).build()))
                .contains("该人员名册状态为退休，须在2026-12-31仍在职在岗");
        assertThat(inPost.fix(candidate().build())).contains("须在2026-12-31仍在职在岗");
    }

    @Test
    void continuingEducationInEachOfTheLastTwoYears() {
        assertThat(education.reject(candidate().build())).isEmpty();
        assertThat(education.reject(candidate().trainedIn(2025).build())).contains("缺少2024年度的继续教育（培训）记录");
        assertThat(education.reject(candidate().trainedIn(2023, 2026).build())).contains("缺少2024、2025年度的继续教育（培训）记录");
        assertThat(education.fix(candidate().trainedIn(2025).build())).contains("补录2024年度的培训记录");
    }

    @Test
    void theRuleTableMaySayNoTraining() {
        ExamPlan none = new ExamPlan(2026, "320000", "2026", List.of(new RegistrationWindow(LevelGroup.GRADE,
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 31))),
                List.of(new EligibilityRule(Level.INTERMEDIATE, 5, 10, 0)));
        assertThat(education.reject(candidate().under(none).trainedIn().build())).isEmpty();
    }

    @Test
    void aFraudFindingBarsForThreeYearsTheAnniversaryIsFree() {
        LocalDate found = LocalDate.of(2023, 8, 15);
        assertThat(integrity.reject(candidate().build())).isEmpty();
        assertThat(integrity.reject(candidate().foundFraudOn(found).on(LocalDate.of(2026, 8, 14)).build()))
                .contains("该人员有弄虚作假诚信记录，3年内不得申报等级考评（2026-08-15起可再申报）");
        assertThat(integrity.fix(candidate().foundFraudOn(found).on(LocalDate.of(2026, 8, 14)).build()))
                .isEqualTo("请于2026-08-15后再申报；如记录有误，请联系当地工考办");
        assertThat(integrity.reject(candidate().foundFraudOn(found).on(LocalDate.of(2026, 8, 15)).build())).isEmpty();
        assertThat(integrity.reject(candidate().foundFraudOn(found.plusDays(1)).on(LocalDate.of(2026, 8, 15)).build())).isPresent();
    }

    @Test
    void everyFailingRuleIsReportedAtOnceWithItsFix() {
        Eligibility eligibility = new Eligibility(List.of(progression, seniority, levelYear, inPost, education));
        List<RuleFailure> failures = eligibility.check(candidate().current(Level.JUNIOR, 2025).workingSince(2020)
                .declaring(Level.SENIOR).status(WorkerStatus.LEFT).trainedIn().build());
        assertThat(failures).extracting(RuleFailure::rule)
                .containsExactly("level-progression", "seniority", "in-post", "continuing-education");
        assertThat(failures).allSatisfy(failure -> assertThat(failure.fix()).isNotBlank());
    }
}
