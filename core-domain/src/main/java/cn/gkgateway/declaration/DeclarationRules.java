package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.eligibility.Candidate;
import cn.gkgateway.eligibility.Eligibility;
import cn.gkgateway.eligibility.EligibilityPolicy;
import cn.gkgateway.eligibility.RuleFailure;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.PlanService;
import cn.gkgateway.plan.RegistrationWindow;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where declarations call the plan and eligibility packages (plans, windows,
 * rules), so that their API can change without touching the lifecycle: the rules a submission
 * must pass, whether the window still allows changes, and every rule's result for reviewers.
 */
@Component
class DeclarationRules {

    private static final Map<String, String> RULE_NAMES = Map.of(
            "registration-window", "报名时间",
            "level-progression", "逐级申报",
            "seniority", "任职年限",
            "work-type-open", "工种开考");

    private final PlanService plans;
    private final Eligibility eligibility;
    private final List<EligibilityPolicy> policies;

    DeclarationRules(PlanService plans, Eligibility eligibility, List<EligibilityPolicy> policies) {
        this.plans = plans;
        this.eligibility = eligibility;
        this.policies = List.copyOf(policies);
    }

    private Candidate candidate(Worker worker, Organisation unit, Level target, String workTypeCode, int year, LocalDate today) {
        ExamPlan plan = plans.planFor(year, unit.getRegionCode()).orElse(null);
        return new Candidate(worker.getLevel(), worker.getLevelYear(), worker.getWorkStartDate(), target, workTypeCode, plan, year, today);
    }

    /** Refuses the submission with every failing rule at once (ELIGIBILITY_REJECTED). */
    void require(Worker worker, Organisation unit, Level target, String workTypeCode, int year, LocalDate today) {
        List<RuleFailure> failures = eligibility.check(candidate(worker, unit, target, workTypeCode, year, today));
        if (!failures.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "ELIGIBILITY_REJECTED",
                    worker.getName() + "不符合报名条件：" + String.join("；", failures.stream().map(RuleFailure::message).toList()),
                    failures.stream().map(failure -> new FieldProblem("rule:" + failure.rule(), failure.message())).toList());
        }
    }

    /** Refuses a change (withdraw) once the level's registration window has closed (DECLARATION_WINDOW_CLOSED). */
    void requireWindowOpen(Organisation unit, Level target, int year, LocalDate today) {
        Optional<RegistrationWindow> window = plans.planFor(year, unit.getRegionCode()).flatMap(plan -> plan.window(target.group()));
        if (window.isPresent() && !window.get().isOpenOn(today)) {
            throw DomainException.conflict("DECLARATION_WINDOW_CLOSED",
                    target.group().displayName() + "报名已于" + window.get().getClosesOn() + "截止，不能再修改、撤回或重新提交");
        }
    }

    /** Every rule, passed or not, for the reviewers' detail page. */
    List<RuleResult> results(Worker worker, Organisation unit, Level target, String workTypeCode, int year, LocalDate today) {
        Candidate candidate = candidate(worker, unit, target, workTypeCode, year, today);
        return policies.stream().map(policy -> {
            Optional<String> rejected = policy.reject(candidate);
            return new RuleResult(policy.name(), RULE_NAMES.getOrDefault(policy.name(), policy.name()), rejected.isEmpty(),
                    rejected.orElse("符合"));
        }).toList();
    }
}
