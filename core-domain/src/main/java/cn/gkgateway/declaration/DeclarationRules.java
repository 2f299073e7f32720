package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.eligibility.Candidate;
import cn.gkgateway.eligibility.CandidateFactory;
import cn.gkgateway.eligibility.Eligibility;
import cn.gkgateway.eligibility.EligibilityPolicy;
import cn.gkgateway.eligibility.PersonRecords;
import cn.gkgateway.eligibility.QualificationCheck;
import cn.gkgateway.eligibility.RuleFailure;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.PlanService;
import cn.gkgateway.plan.PlanWindows;
import cn.gkgateway.plan.RegistrationWindow;
import cn.gkgateway.quota.QuotaLedger;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where declarations call the plan, eligibility and quota packages, so that their API can
 * change without touching the lifecycle: whether the level's window allows an action now
 * ({@link PlanWindows}), the rules a submission must pass (every failure at once), the 合格库 warnings,
 * the 高级技师 places, and every rule's result for reviewers.
 */
@Component
class DeclarationRules {

    private static final Map<String, String> RULE_NAMES = Map.of(
            "level-progression", "逐级申报",
            "seniority", "任职年限",
            "work-type-open", "工种开考",
            "level-year", "等级取得时间",
            "in-post", "在岗",
            "continuing-education", "继续教育",
            "integrity", "诚信记录");

    private final PlanService plans;
    private final PlanWindows windows;
    private final CandidateFactory candidates;
    private final Eligibility eligibility;
    private final List<EligibilityPolicy> policies;
    private final QuotaLedger quotas;

    DeclarationRules(PlanService plans, PlanWindows windows, CandidateFactory candidates, Eligibility eligibility,
                     List<EligibilityPolicy> policies, QuotaLedger quotas) {
        this.plans = plans;
        this.windows = windows;
        this.candidates = candidates;
        this.eligibility = eligibility;
        this.policies = List.copyOf(policies);
        this.quotas = quotas;
    }

    private ExamPlan plan(Organisation unit, int year) {
        return plans.cachedPlanFor(year, unit.getRegionCode()).orElse(null);
    }

    private Candidate candidate(Worker worker, PersonRecords records, ExamPlan plan, Level target, String workTypeCode,
                                DeclarationMode mode, int year, LocalDate today) {
        return candidates.forWorker(worker, records, target, workTypeCode,
                mode == null ? Candidate.Mode.NORMAL : Candidate.Mode.valueOf(mode.name()), plan, year, today);
    }

    /**
     * Refuses unless the level's window is open now ({@code PLAN_NOT_FOUND}, {@code WINDOW_NOT_OPEN},
     * {@code WINDOW_CLOSED}): submitting, resubmitting, withdrawing and editing a returned declaration.
     */
    void requireOpen(Organisation unit, Level target, int year, PlanWindows.Action action) {
        windows.requireOpen(plan(unit, year), target, action);
    }

    /**
     * Drafts may be prepared before a window opens (and without a plan yet), but not after it closed:
     * "after a window closes nothing in it can be submitted, edited, resubmitted or withdrawn".
     */
    void requireNotClosed(Organisation unit, Level target, int year) {
        ExamPlan plan = plan(unit, year);
        if (plan == null || target == null || target.group() == null) {
            return;
        }
        Optional<RegistrationWindow> window = plan.window(target.group());
        if (window.isPresent() && windows.now().isAfter(window.get().closesAt())) {
            windows.requireOpen(plan, target, PlanWindows.Action.EDIT);
        }
    }

    /**
     * 提交 / 重新提交: the window open now, then every rule at once (ELIGIBILITY_REJECTED with each failing rule
     * as a field problem {@code rule:<name>}).
     *
     * @return the 合格库 warnings of the roster's current level, its year and work type, from the same read of the
     * person's records as the rules (one statement for both)
     */
    List<QualificationCheck.Warning> require(Worker worker, Organisation unit, Level target, String workTypeCode, DeclarationMode mode,
                                             int year, LocalDate today, PlanWindows.Action action) {
        ExamPlan plan = plan(unit, year);
        windows.requireOpen(plan, target, action);
        PersonRecords records = candidates.records(worker);
        requireEligible(worker, candidate(worker, records, plan, target, workTypeCode, mode, year, today));
        return rosterWarnings(worker, records);
    }

    /**
     * The same for an individual declaration: the rules and the 合格库 check read the current level, its year and the
     * work start (and work type) the applicant declared on the form, not the roster's values.
     */
    List<QualificationCheck.Warning> require(Worker worker, Organisation unit, Declaration declaration, DeclarationForm form,
                                             LocalDate today, PlanWindows.Action action) {
        ExamPlan plan = plan(unit, declaration.getYear());
        windows.requireOpen(plan, declaration.getTargetLevel(), action);
        PersonRecords records = candidates.records(worker);
        requireEligible(worker, declared(worker, records, plan, declaration, form, today));
        return declaredWarnings(form, records);
    }

    private Candidate declared(Worker worker, PersonRecords records, ExamPlan plan, Declaration declaration, DeclarationForm form,
                               LocalDate today) {
        return candidates.forWorker(worker, records, form.getCurrentLevel(), form.getCurrentLevelYear(), form.getWorkStartDate(),
                declaration.getTargetLevel(), declaration.getWorkTypeCode(), Candidate.Mode.valueOf(declaration.getMode().name()),
                plan, declaration.getYear(), today);
    }

    private void requireEligible(Worker worker, Candidate candidate) {
        List<RuleFailure> failures = eligibility.check(candidate);
        if (!failures.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "ELIGIBILITY_REJECTED",
                    worker.getName() + "不符合报名条件：" + String.join("；", failures.stream().map(RuleFailure::message).toList()),
                    failures.stream().map(failure -> new FieldProblem("rule:" + failure.rule(), failure.message())).toList());
        }
    }

    /** Takes a 高级技师 place on submission (QUOTA_EXHAUSTED when none is left); nothing for other levels. */
    void takePlace(Declaration declaration, Worker worker) {
        if (declaration.getTargetLevel() == Level.SENIOR_TECHNICIAN) {
            quotas.take(declaration.getUnitId(), declaration.getWorkTypeCode(), declaration.getYear(), worker.getId(),
                    worker.getIdNumberHash());
        }
    }

    /** Gives a 高级技师 place back (withdrawn, or finally rejected); a returned declaration keeps its place. */
    void releasePlace(Declaration declaration) {
        if (declaration.getTargetLevel() == Level.SENIOR_TECHNICIAN) {
            quotas.release(declaration.getWorkerId(), declaration.getYear());
        }
    }

    /** What the reviewers' detail page shows of the rules: every rule's result and the 合格库 warnings, from one read. */
    record Judged(List<RuleResult> results, List<QualificationCheck.Warning> warnings) {
    }

    /** Every rule over the values an applicant declared, and the 合格库 warnings of those values. */
    Judged judge(Worker worker, Organisation unit, Declaration declaration, DeclarationForm form, LocalDate today) {
        PersonRecords records = candidates.records(worker);
        return new Judged(results(declared(worker, records, plan(unit, declaration.getYear()), declaration, form, today)),
                declaredWarnings(form, records));
    }

    /** Every rule, passed or not, over the roster's values, and the 合格库 warnings of those values. */
    Judged judge(Worker worker, Organisation unit, Level target, String workTypeCode, DeclarationMode mode, int year, LocalDate today) {
        PersonRecords records = candidates.records(worker);
        return new Judged(results(candidate(worker, records, plan(unit, year), target, workTypeCode, mode, year, today)),
                rosterWarnings(worker, records));
    }

    /** 合格库: the roster's current level, its year and work type against the worker's qualification records. */
    private static List<QualificationCheck.Warning> rosterWarnings(Worker worker, PersonRecords records) {
        return QualificationCheck.compare(records.qualifications(), worker.getLevel(), worker.getLevelYear(), worker.getWorkTypeCode());
    }

    /** 合格库 for an individual declaration: the declared current level, its year and work type. */
    private static List<QualificationCheck.Warning> declaredWarnings(DeclarationForm form, PersonRecords records) {
        return QualificationCheck.compare(records.qualifications(), form.getCurrentLevel(), form.getCurrentLevelYear(),
                form.getCurrentWorkTypeCode());
    }

    private List<RuleResult> results(Candidate candidate) {
        return policies.stream().map(policy -> {
            Optional<String> rejected = policy.reject(candidate);
            return new RuleResult(policy.name(), RULE_NAMES.getOrDefault(policy.name(), policy.name()), rejected.isEmpty(),
                    rejected.orElse("符合"));
        }).toList();
    }
}
