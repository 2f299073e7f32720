package cn.gkgateway.eligibility;

import cn.gkgateway.plan.RegistrationWindow;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Declarations are accepted only inside the level group's registration window; windows close by themselves. */
@Component
@Order(1)
public class RegistrationWindowPolicy implements EligibilityPolicy {

    @Override
    public String name() {
        return "registration-window";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        if (candidate.targetLevel().group() == null) {
            return Optional.empty();
        }
        String group = candidate.targetLevel().group().displayName();
        if (candidate.plan() == null) {
            return Optional.of(candidate.planYear() + "年度考评计划尚未发布，暂不能申报");
        }
        Optional<RegistrationWindow> window = candidate.plan().window(candidate.targetLevel().group());
        if (window.isEmpty()) {
            return Optional.of(candidate.planYear() + "年度未安排" + group + "报名");
        }
        RegistrationWindow open = window.get();
        if (candidate.today().isBefore(open.getOpensOn())) {
            return Optional.of(group + "报名将于" + open.getOpensOn() + "开始，尚未开放");
        }
        if (candidate.today().isAfter(open.getClosesOn())) {
            return Optional.of(group + "报名已于" + open.getClosesOn() + "截止，系统已关闭，无法补报");
        }
        return Optional.empty();
    }
}
