package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A normal declaration asks for the next level up. Workers without a level (未定级) may ask for
 * any 等级工 level; how many years that needs is {@link SeniorityPolicy}'s business.
 */
@Component
@Order(3)
public class LevelProgressionPolicy implements EligibilityPolicy {

    @Override
    public String name() {
        return "level-progression";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        Level current = candidate.currentLevel();
        Level target = candidate.targetLevel();
        if (target == Level.NONE) {
            return Optional.of("请选择申报等级");
        }
        if (!target.isAbove(current)) {
            return Optional.of("申报等级应高于现岗位等级（现为" + current.displayName() + "）");
        }
        if (current == Level.NONE) {
            return target.group() == cn.gkgateway.catalog.LevelGroup.GRADE
                    ? Optional.empty()
                    : Optional.of("未定级人员只能申报等级工（五级至三级）");
        }
        if (target.ordinal() != current.ordinal() + 1) {
            return Optional.of("正常申报只能晋升一个等级：现为" + current.displayName() + "，可申报"
                    + Level.values()[current.ordinal() + 1].displayName());
        }
        return Optional.empty();
    }
}
