package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.eligibility.Candidate.Mode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The previous level must be held: a normal declaration asks for the next level up, never two levels up
 * without 破格. Workers without a level (未定级) may ask for any 等级工 level (how many years that needs is
 * {@link SeniorityPolicy}'s business). 破格 may skip levels; 转岗 and 复核 may ask for the level already held
 * (in the new work type, or again); 退伍兵初定 is for 未定级 workers and 等级工 levels only.
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
        if (candidate.is(Mode.VETERAN)) {
            if (current != Level.NONE) {
                return Optional.of("退伍兵初定仅适用于未定级人员（现为" + current.displayName() + "）");
            }
            return target.group() == LevelGroup.GRADE ? Optional.empty() : Optional.of("退伍兵初定只能申报等级工（五级至三级）");
        }
        boolean sameLevelAllowed = candidate.is(Mode.POST_CHANGE) || candidate.is(Mode.RECHECK);
        if (sameLevelAllowed && target == current) {
            return Optional.empty();
        }
        if (!target.isAbove(current)) {
            return Optional.of("申报等级应高于现岗位等级（现为" + current.displayName() + "）");
        }
        if (current == Level.NONE) {
            return target.group() == LevelGroup.GRADE || candidate.is(Mode.EXCEPTIONAL)
                    ? Optional.empty()
                    : Optional.of("未定级人员只能申报等级工（五级至三级）");
        }
        if (target.ordinal() != current.ordinal() + 1 && !candidate.is(Mode.EXCEPTIONAL)) {
            return Optional.of("正常申报只能晋升一个等级：现为" + current.displayName() + "，可申报"
                    + Level.values()[current.ordinal() + 1].displayName());
        }
        return Optional.empty();
    }

    @Override
    public String fix(Candidate candidate) {
        Level current = candidate.currentLevel();
        if (current.ordinal() + 1 < Level.values().length && current != Level.NONE) {
            return "请申报" + Level.values()[current.ordinal() + 1].displayName() + "；符合破格条件的，选择破格申报并说明依据";
        }
        return "请按现岗位等级选择申报等级；符合破格条件的，选择破格申报并说明依据";
    }
}
