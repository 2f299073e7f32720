package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.eligibility.Candidate.Mode;
import cn.gkgateway.plan.EligibilityRule;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Years required, from the plan's rule table: years in the current level (counted by year, as the notices
 * do), or — where the table gives one — a total of working years (completed by the end of the plan year).
 * Seed 004's message when both fall short: "现岗位等级年限不满五年，且工作年限不满10或18年，不符合报名条件".
 * 破格 and 退伍兵初定 do not need the years; 转岗 and 复核 at the level already held neither.
 */
@Component
@Order(4)
public class SeniorityPolicy implements EligibilityPolicy {

    @Override
    public String name() {
        return "seniority";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        if (candidate.is(Mode.EXCEPTIONAL) || candidate.is(Mode.VETERAN) || candidate.targetLevel() == candidate.currentLevel()
                || candidate.targetLevel() == Level.NONE) {
            return Optional.empty();
        }
        EligibilityRule rule = candidate.rule();
        if (rule.getYearsInLevel() == 0) {
            return Optional.empty();
        }
        boolean held = candidate.currentLevel() != Level.NONE && candidate.currentLevelYear() != null;
        int inLevel = held ? candidate.yearsSince(candidate.currentLevelYear()) : 0;
        if (held && inLevel >= rule.getYearsInLevel()) {
            return Optional.empty();
        }
        Integer requiredWorkYears = rule.getTotalWorkYears();
        int workYears = candidate.workYears();
        if (requiredWorkYears != null && workYears >= requiredWorkYears) {
            return Optional.empty();
        }
        String levelPart = "现岗位等级年限不满" + chinese(rule.getYearsInLevel()) + "年"
                + (held ? "（" + candidate.currentLevel().displayName() + "，" + candidate.currentLevelYear() + "年取得）" : "（未定级）");
        if (requiredWorkYears == null) {
            return Optional.of(levelPart + "，不符合" + candidate.targetLevel().displayName() + "报名条件");
        }
        return Optional.of(levelPart + "，且工作年限不满" + requiredWorkYears + "年（至" + candidate.planYear() + "年底为"
                + workYears + "年），不符合" + candidate.targetLevel().displayName() + "报名条件");
    }

    @Override
    public String fix(Candidate candidate) {
        return "请核对参加工作时间、现岗位等级取得年份是否正确，如有误请更正后再次提交；如无误，请待年限满足后再申报";
    }

    private static String chinese(int years) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return years <= 10 ? digits[years] : String.valueOf(years);
    }
}
