package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.PlanDefaults;
import cn.gkgateway.plan.RegistrationWindow;
import cn.gkgateway.roster.WorkerStatus;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test data builder: a 2026 candidate, 初级工 since 2016, working since 2005-07-01, a man born 1985-05-05, in post,
 * with training in 2024 and 2025, declaring 中级工 行政事务 normally on 2026-08-15 under a plan with the default rules
 * (等级工 and 技师 in post at 2026-12-31, 高级技师 at 2027-05-31).
 */
final class Candidates {

    private Level currentLevel = Level.JUNIOR;
    private Integer currentLevelYear = 2016;
    private LocalDate workStart = LocalDate.of(2005, 7, 1);
    private Level target = Level.INTERMEDIATE;
    private ExamPlan plan = plan();
    private LocalDate today = LocalDate.of(2026, 8, 15);
    private Candidate.Mode mode = Candidate.Mode.NORMAL;
    private WorkerStatus status = WorkerStatus.ACTIVE;
    private LocalDate birth = LocalDate.of(1985, 5, 5);
    private String sex = "男";
    private Set<Integer> training = new HashSet<>(Set.of(2024, 2025));
    private String personIdHash = "hash-of-a-person";
    private LocalDate lastFinding;

    static Candidates candidate() {
        return new Candidates();
    }

    static ExamPlan plan() {
        return new ExamPlan(2026, "320000", "2026年度", List.of(
                new RegistrationWindow(LevelGroup.GRADE, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 31)),
                new RegistrationWindow(LevelGroup.TECHNICIAN, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 12, 31)),
                new RegistrationWindow(LevelGroup.SENIOR_TECHNICIAN, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2027, 5, 31))),
                PlanDefaults.rules());
    }

    Candidates current(Level level, Integer year) {
        this.currentLevel = level;
        this.currentLevelYear = year;
        return this;
    }

    Candidates workingSince(int year) {
        this.workStart = LocalDate.of(year, 7, 1);
        return this;
    }

    Candidates workingSince(LocalDate day) {
        this.workStart = day;
        return this;
    }

    Candidates declaring(Level level) {
        this.target = level;
        return this;
    }

    Candidates as(Candidate.Mode declarationMode) {
        this.mode = declarationMode;
        return this;
    }

    Candidates on(LocalDate day) {
        this.today = day;
        return this;
    }

    Candidates under(ExamPlan examPlan) {
        this.plan = examPlan;
        return this;
    }

    Candidates withoutPlan() {
        this.plan = null;
        return this;
    }

    Candidates status(WorkerStatus workerStatus) {
        this.status = workerStatus;
        return this;
    }

    Candidates born(LocalDate day, String workerSex) {
        this.birth = day;
        this.sex = workerSex;
        return this;
    }

    Candidates trainedIn(Integer... years) {
        this.training = new HashSet<>(List.of(years));
        return this;
    }

    Candidates person(String hash) {
        this.personIdHash = hash;
        return this;
    }

    /** An integrity finding (not revoked) made on {@code day}. */
    Candidates foundFraudOn(LocalDate day) {
        this.lastFinding = day;
        return this;
    }

    Candidate build() {
        return new Candidate(currentLevel, currentLevelYear, workStart, target, "FW01", plan, 2026, today, mode, 1L, personIdHash,
                status, birth, sex, training, lastFinding);
    }
}
