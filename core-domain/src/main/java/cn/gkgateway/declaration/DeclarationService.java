package cn.gkgateway.declaration;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.eligibility.Candidate;
import cn.gkgateway.eligibility.Eligibility;
import cn.gkgateway.eligibility.RuleFailure;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.ContactPhone;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.outbox.Outbox;
import cn.gkgateway.plan.PlanService;
import cn.gkgateway.review.Decision;
import cn.gkgateway.review.ReviewService;
import cn.gkgateway.review.StepDecided;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Declaring a worker and deciding its review steps. A decision changes the declaration,
 * its step, the audit log and the outbox in one transaction.
 */
@Service
public class DeclarationService {

    static final String SUBJECT = "DECLARATION";
    private static final int MAX_CONTACT_NAME = 30;

    private final Declarations declarations;
    private final RosterService roster;
    private final Organisations organisations;
    private final Catalog catalog;
    private final PlanService plans;
    private final Eligibility eligibility;
    private final SkillReviewChain chains;
    private final ScopePolicy scopePolicy;
    private final ReviewService reviews;
    private final PersonalDataProtector protector;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final Clock clock;
    private final MaterialRequirement materials;

    public DeclarationService(Declarations declarations, RosterService roster, Organisations organisations,
                              Catalog catalog, PlanService plans, Eligibility eligibility, SkillReviewChain chains,
                              ScopePolicy scopePolicy, ReviewService reviews, PersonalDataProtector protector, Outbox outbox,
                              AuditLog auditLog, Clock clock, MaterialRequirement materials) {
        this.declarations = declarations;
        this.roster = roster;
        this.organisations = organisations;
        this.catalog = catalog;
        this.plans = plans;
        this.eligibility = eligibility;
        this.chains = chains;
        this.scopePolicy = scopePolicy;
        this.reviews = reviews;
        this.protector = protector;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.clock = clock;
        this.materials = materials;
    }

    @Transactional
    public Declaration declare(Caller caller, Declare command) {
        caller.require(Role.UNIT_OPERATOR);
        Declaration.Contact contact = validate(command);
        Worker worker = roster.get(caller, command.workerId());
        Organisation unit = organisations.findById(worker.getUnitId()).orElseThrow();
        unit.requireOpen();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        if (declarations.existsByWorkerIdAndTargetLevelAndYear(worker.getId(), command.targetLevel(), year)) {
            throw DomainException.conflict("DECLARATION_DUPLICATE",
                    worker.getName() + "已申报" + year + "年度" + command.targetLevel().displayName() + "，不能重复申报");
        }
        Candidate candidate = new Candidate(worker.getLevel(), worker.getLevelYear(), worker.getWorkStartDate(),
                command.targetLevel(), command.workTypeCode(), plans.planFor(year, unit.getRegionCode()).orElse(null), year, today);
        List<RuleFailure> failures = eligibility.check(candidate);
        if (!failures.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "ELIGIBILITY_REJECTED",
                    "不符合报名条件：" + String.join("；", failures.stream().map(RuleFailure::message).toList()),
                    failures.stream().map(failure -> new FieldProblem("rule:" + failure.rule(), failure.message())).toList());
        }
        Declaration declaration = declarations.save(new Declaration(year, worker.getId(), unit.getId(),
                worker.getIdNumberHash(), command.targetLevel(), command.workTypeCode(), command.mode(), contact,
                clock.instant(), caller.accountId()));
        materials.requireComplete(declaration);
        reviews.start(SUBJECT, declaration.getId(), chains.forUnit(unit));
        auditLog.record(caller, "DECLARATION_SUBMITTED", "declaration", declaration.getId(),
                worker.getName() + " " + worker.getIdNumberMasked() + " " + command.targetLevel().displayName()
                        + " " + catalog.find(command.workTypeCode()).map(type -> type.getName()).orElse(command.workTypeCode()));
        return declaration;
    }

    /** Decides the caller's pending step of a declaration in the caller's scope. */
    @Transactional
    public Declaration decide(Caller caller, long declarationId, Decision decision, String reason) {
        caller.require(Role.SUPERVISOR, Role.EXAM_OFFICE);
        Declaration declaration = declarations.findById(declarationId)
                .filter(found -> scopePolicy.covers(caller, found.getUnitId()))
                .orElseThrow(() -> DomainException.notFound("DECLARATION_NOT_FOUND", "未找到该申报，或其不在您的审核范围内"));
        StepDecided decided = reviews.decide(caller, SUBJECT, declaration.getId(), decision, reason);
        declaration.follow(decided.outcome(), clock.instant());
        auditLog.record(caller, "REVIEW_" + decision.name(), "declaration", declaration.getId(),
                decided.step().getName() + "：" + decision.displayName());
        outbox.append(new ReviewDecided(UUID.randomUUID(), declaration.getId(), decided.step().getStepNo(),
                decided.step().getName(), decision, decided.step().getReason(), declaration.getStatus(),
                declaration.getStatus() != DeclarationStatus.UNDER_REVIEW, clock.instant()));
        return declaration;
    }

    private Declaration.Contact validate(Declare command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.workerId() == null) {
            problems.add(new FieldProblem("workerId", "请选择申报人员"));
        }
        if (command.targetLevel() == null || command.targetLevel() == Level.NONE) {
            problems.add(new FieldProblem("targetLevel", "请选择申报等级"));
        }
        if (command.workTypeCode() == null || command.workTypeCode().isBlank()) {
            problems.add(new FieldProblem("workTypeCode", "请选择申报工种"));
        }
        if (command.mode() == null) {
            problems.add(new FieldProblem("mode", "请选择申报方式"));
        } else if (command.mode() != DeclarationMode.NORMAL) {
            problems.add(new FieldProblem("mode", command.mode().displayName() + "暂未开放，请选择正常申报"));
        }
        int before = problems.size();
        String contactName = Text.line(command.contactName(), "contactName", "联系人", MAX_CONTACT_NAME, problems);
        if (contactName == null && problems.size() == before) {
            problems.add(new FieldProblem("contactName", "请填写联系人", "TEXT_REQUIRED"));
        }
        ContactPhone phone = null;
        try {
            phone = ContactPhone.parse(command.contactPhone(), "contactPhone");
        } catch (DomainException e) {
            problems.addAll(e.fieldProblems());
        }
        if (!command.commitmentAccepted()) {
            problems.add(new FieldProblem("commitmentAccepted", "请阅读并同意申报单位经办人承诺书"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "DECLARATION_INVALID", problems.get(0).message(), problems);
        }
        return new Declaration.Contact(contactName, protector.encrypt(phone.value()), phone.masked());
    }
}
