package cn.gkgateway.plan;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a new plan starts from, after the 2020 notice (seed 003) moved to the plan's year: 技师 until 7/31 with
 * the 选拔考试 on 8/15, 等级工 and 高级技师 8/1–8/31; in post at year end (高级技师: next 31 May); continuing
 * education in each of the two years before; years in the current level or in total as in seed 004
 * ("现岗位等级年限不满五年，且工作年限不满10或18年"). 技师 (5 years as 高级工) and 高级技师 (3 years as 技师) have
 * no total-years alternative. Every value is data: the exam office changes it per plan.
 */
public final class PlanDefaults {

    private PlanDefaults() {
    }

    public static List<EligibilityRule> rules() {
        return List.of(Level.JUNIOR, Level.INTERMEDIATE, Level.SENIOR, Level.TECHNICIAN, Level.SENIOR_TECHNICIAN).stream()
                .map(PlanDefaults::rule).toList();
    }

    public static EligibilityRule rule(Level target) {
        return switch (target) {
            case INTERMEDIATE -> new EligibilityRule(target, 5, 10, 2);
            case SENIOR -> new EligibilityRule(target, 5, 18, 2);
            case TECHNICIAN -> new EligibilityRule(target, 5, null, 2);
            case SENIOR_TECHNICIAN -> new EligibilityRule(target, 3, null, 2);
            default -> new EligibilityRule(target, 0, null, 2);
        };
    }

    /** Seed 003's windows in {@code year}. */
    public static List<RegistrationWindow> windows(int year) {
        return List.of(
                new RegistrationWindow(LevelGroup.TECHNICIAN, LocalDateTime.of(year, 7, 1, 0, 0), LocalDateTime.of(year, 7, 31, 23, 59, 59),
                        LocalDate.of(year, 12, 31), LocalDate.of(year, 8, 15), null, null),
                new RegistrationWindow(LevelGroup.GRADE, LocalDateTime.of(year, 8, 1, 0, 0), LocalDateTime.of(year, 8, 31, 23, 59, 59),
                        LocalDate.of(year, 12, 31), null, null, null),
                new RegistrationWindow(LevelGroup.SENIOR_TECHNICIAN, LocalDateTime.of(year, 8, 1, 0, 0), LocalDateTime.of(year, 8, 31, 23, 59, 59),
                        LocalDate.of(year + 1, 5, 31), null, null, null));
    }
}
