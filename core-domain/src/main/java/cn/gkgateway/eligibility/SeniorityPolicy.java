package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Years required for 中级工 and 高级工: five years in the current level, or a total of 10 (中级工)
 * or 18 (高级工) working years — the rule behind the seeds' message
 * "现岗位等级年限不满五年，且工作年限不满10或18年，不符合报名条件".
 */
@Component
@Order(4)
public class SeniorityPolicy implements EligibilityPolicy {

    static final int YEARS_IN_LEVEL = 5;

    @Override
    public String name() {
        return "seniority";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        int requiredWorkYears = switch (candidate.targetLevel()) {
            case INTERMEDIATE -> 10;
            case SENIOR -> 18;
            default -> 0;
        };
        if (requiredWorkYears == 0) {
            return Optional.empty();
        }
        boolean enoughInLevel = candidate.currentLevel() != Level.NONE && candidate.currentLevelYear() != null
                && candidate.yearsSince(candidate.currentLevelYear()) >= YEARS_IN_LEVEL;
        int workYears = candidate.yearsSince(candidate.workStartDate().getYear());
        if (enoughInLevel || workYears >= requiredWorkYears) {
            return Optional.empty();
        }
        return Optional.of("现岗位等级年限不满五年，且工作年限不满" + requiredWorkYears + "年（现为" + workYears
                + "年），不符合" + candidate.targetLevel().displayName() + "报名条件");
    }
}
