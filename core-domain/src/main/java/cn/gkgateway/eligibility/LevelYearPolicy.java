package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The current level cannot have been obtained before the person started work, nor after the declaration year. */
@Component
@Order(5)
public class LevelYearPolicy implements EligibilityPolicy {

    @Override
    public String name() {
        return "level-year";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        Integer year = candidate.currentLevelYear();
        if (candidate.currentLevel() == Level.NONE || year == null || candidate.workStartDate() == null) {
            return Optional.empty();
        }
        if (year < candidate.workStartDate().getYear()) {
            return Optional.of("现岗位等级取得年份（" + year + "年）早于参加工作时间（" + candidate.workStartDate() + "）");
        }
        if (year > candidate.planYear()) {
            return Optional.of("现岗位等级取得年份（" + year + "年）晚于申报年度");
        }
        return Optional.empty();
    }

    @Override
    public String fix(Candidate candidate) {
        return "请核对现岗位等级取得年份和参加工作时间，在名册中更正后再申报";
    }
}
