package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.RegistrationWindow;

import java.time.LocalDate;
import java.util.List;

/** Test data builder: a 2026 candidate, 初级工 since 2016, working since 2005, declaring 中级工 行政事务 on 2026-08-15. */
final class Candidates {

    private Level currentLevel = Level.JUNIOR;
    private Integer currentLevelYear = 2016;
    private LocalDate workStart = LocalDate.of(2005, 7, 1);
    private Level target = Level.INTERMEDIATE;
    private ExamPlan plan = plan(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
    private LocalDate today = LocalDate.of(2026, 8, 15);

    static Candidates candidate() {
        return new Candidates();
    }

    static ExamPlan plan(LocalDate opens, LocalDate closes) {
        return new ExamPlan(2026, "320000", "2026年度", List.of(new RegistrationWindow(LevelGroup.GRADE, opens, closes, LocalDate.of(2026, 12, 31))));
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

    Candidates declaring(Level level) {
        this.target = level;
        return this;
    }

    Candidates on(LocalDate day) {
        this.today = day;
        return this;
    }

    Candidates withoutPlan() {
        this.plan = null;
        return this;
    }

    Candidate build() {
        return new Candidate(currentLevel, currentLevelYear, workStart, target, "FW01", plan, 2026, today);
    }
}
