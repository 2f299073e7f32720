package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.shared.Text;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The declared work type must be in the year's 考评范围 at the declared level. */
@Component
@Order(2)
public class WorkTypeOpenPolicy implements EligibilityPolicy {

    private final Catalog catalog;

    public WorkTypeOpenPolicy(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "work-type-open";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        var workType = catalog.find(candidate.workTypeCode());
        if (workType.isEmpty()) {
            return Optional.of("申报工种不存在：" + Text.echo(candidate.workTypeCode()));
        }
        if (workType.get().isRetired()) {
            return Optional.of("工种“" + workType.get().getName() + "”已归并或取消，请按归并后的工种申报");
        }
        if (!catalog.isOpen(candidate.planYear(), candidate.targetLevel(), candidate.workTypeCode())) {
            return Optional.of("工种“" + workType.get().getName() + "”不在" + candidate.planYear() + "年度"
                    + candidate.targetLevel().displayName() + "考评范围内");
        }
        return Optional.empty();
    }

    @Override
    public String fix(Candidate candidate) {
        return "请改为" + candidate.planYear() + "年度" + candidate.targetLevel().displayName() + "考评范围内的工种（归并的工种选归并后的新工种）";
    }
}
