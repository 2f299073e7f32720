package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.plan.ExamPlan;

import java.time.LocalDate;

/**
 * What the rules look at: the worker's current standing, what is declared, the plan that
 * governs the unit (null when there is none) and the day of the declaration.
 */
public record Candidate(Level currentLevel, Integer currentLevelYear, LocalDate workStartDate,
                        Level targetLevel, String workTypeCode, ExamPlan plan, int planYear, LocalDate today) {

    /** Whole years from {@code from} to the end of the plan year, as the notices count them. */
    public int yearsSince(int fromYear) {
        return planYear - fromYear;
    }
}
