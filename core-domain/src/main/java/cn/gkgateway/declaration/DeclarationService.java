package cn.gkgateway.declaration;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.declaration.DeclarationCommands.AddEntry;
import cn.gkgateway.declaration.DeclarationCommands.BatchOutcome;
import cn.gkgateway.declaration.DeclarationCommands.Commitment;
import cn.gkgateway.declaration.DeclarationCommands.Revise;
import cn.gkgateway.declaration.DeclarationCommands.Submit;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.ContactPhone;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationCache;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.outbox.Outbox;
import cn.gkgateway.eligibility.QualificationCheck;
import cn.gkgateway.plan.PlanWindows;
import cn.gkgateway.review.Decision;
import cn.gkgateway.review.ReviewService;
import cn.gkgateway.review.ReviewStep;
import cn.gkgateway.review.StepDecided;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The declaration lifecycle: drafts (暂存) added in batches from the roster, revised and
 * submitted after the commitment letter; returned ones resubmitted into the step
 * that returned them; unreviewed ones withdrawn; and the reviewers' decisions. Every change
 * writes the declaration, its steps, the audit log and (for submissions and decisions) the
 * outbox in one transaction. Only the author (the unit, or the applicant of an individual declaration) may
 * change a declaration. One live declaration per worker, level and year is a unique key.
 */
@Service
public class DeclarationService {

    static final String SUBJECT = "DECLARATION";
    private static final int MAX_CONTACT_NAME = 30;
    private static final int MAX_BATCH = 200;

    private final Declarations declarations;
    private final RosterService roster;
    private final Organisations organisations;
    private final Catalog catalog;
    private final DeclarationRules rules;
    private final SkillReviewChain chains;
    private final ScopePolicy scopePolicy;
    private final ReviewService reviews;
    private final PersonalDataProtector protector;
    private final Accounts accounts;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final TransactionTemplate eachInItsOwn;
    private final Clock clock;
    private final MaterialRequirement materials;
    private final SeniorExtrasCheck seniorExtras;
    private final OrganisationCache organisationCache;
    private final DeclarationWindow window;

    public DeclarationService(Declarations declarations, RosterService roster, Organisations organisations, Catalog catalog,
                              DeclarationRules rules, SkillReviewChain chains, ScopePolicy scopePolicy, ReviewService reviews,
                              PersonalDataProtector protector, Accounts accounts, Outbox outbox,
                              AuditLog auditLog, PlatformTransactionManager transactions, Clock clock, MaterialRequirement materials,
                              SeniorExtrasCheck seniorExtras, OrganisationCache organisationCache) {
        this.declarations = declarations;
        this.roster = roster;
        this.organisations = organisations;
        this.catalog = catalog;
        this.rules = rules;
        this.chains = chains;
        this.scopePolicy = scopePolicy;
        this.reviews = reviews;
        this.protector = protector;
        this.accounts = accounts;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.eachInItsOwn = new TransactionTemplate(transactions);
        this.clock = clock;
        this.materials = materials;
        this.seniorExtras = seniorExtras;
        this.organisationCache = organisationCache;
        this.window = new DeclarationWindow(rules, organisations);
    }

    /** 提交申报 in one go (draft and submission at once), as the one-shot API and the benchmark use it. */
    @Transactional
    public Declaration declare(Caller caller, Declare command) {
        return declareAndView(caller, command).declaration();
    }

    /**
     * {@link #declare}, answered with the view built from what the transaction already holds (worker, unit, the steps
     * just written): the hot path of the last-day rush reads nothing again. Unit, plan, review chain and slot
     * configuration come from the reference caches (see {@code ReferenceCache} for their staleness bound).
     */
    @Transactional
    public DeclarationView declareAndView(Caller caller, Declare command) {
        caller.require(Role.UNIT_OPERATOR);
        List<FieldProblem> problems = new ArrayList<>();
        checkEntry(command.workerId(), command.targetLevel(), command.workTypeCode(), command.mode(), problems);
        Declaration.Contact contact = contact(command.contactName(), command.contactPhone(), problems);
        if (!command.commitmentAccepted()) {
            problems.add(new FieldProblem("commitmentAccepted", "请阅读并同意申报单位经办人承诺书"));
        }
        throwIfAny(problems);
        Worker worker = roster.get(caller, command.workerId());
        Organisation unit = organisationCache.find(worker.getUnitId()).orElseThrow();
        unit.requireOpen();
        LocalDate today = LocalDate.now(clock);
        Declaration declaration = new Declaration(today.getYear(), worker.getId(), unit.getId(), worker.getIdNumberHash(),
                command.targetLevel(), command.workTypeCode(), command.mode(), ModeDetails.none(), AuthorKind.UNIT,
                clock.instant(), caller.accountId());
        throwIfAny(declaration.missing());
        List<QualificationCheck.Warning> warnings = rules.require(worker, unit, command.targetLevel(), command.workTypeCode(),
                command.mode(), declaration.getYear(), today, PlanWindows.Action.SUBMIT);
        confirmQualification(declaration, worker, warnings, Boolean.TRUE.equals(command.qualificationConfirmed()), clock.instant());
        declaration.submit(contact, clock.instant(), caller.accountId());
        insert(declaration, worker);
        materials.requireComplete(declaration);
        seniorExtras.requireComplete(declaration);
        rules.takePlace(declaration, worker);
        List<ReviewStep> steps = reviews.start(SUBJECT, declaration.getId(), chains.forUnit(unit));
        auditLog.record(caller, "DECLARATION_SUBMITTED", "declaration", declaration.getId(), describe(worker, declaration));
        announceSubmitted(declaration);
        return new DeclarationView(declaration, worker.getName(), worker.getIdNumberMasked(), unit.getName(),
                catalog.find(declaration.getWorkTypeCode()).map(type -> type.getName()).orElse(declaration.getWorkTypeCode()), steps);
    }

    /** 添加申报人员: drafts for the unit's workers, all or none. */
    @Transactional
    public List<Declaration> addDrafts(Caller caller, List<AddEntry> entries) {
        caller.require(Role.UNIT_OPERATOR);
        if (entries == null || entries.isEmpty()) {
            throw DomainException.invalid("DECLARATION_INVALID", "entries", "请选择申报人员");
        }
        if (entries.size() > MAX_BATCH) {
            throw DomainException.invalid("DECLARATION_INVALID", "entries", "一次最多添加" + MAX_BATCH + "名申报人员");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AddEntry entry = entries.get(i);
            List<FieldProblem> own = new ArrayList<>();
            checkEntry(entry.workerId(), entry.targetLevel(), entry.workTypeCode(), entry.mode(), own);
            details(entry.reason(), entry.formerPost(), entry.earlierResult(), own);
            if (entry.mode() != null && entry.targetLevel() != null && entry.targetLevel() != Level.NONE && !entry.mode().allowedFor(entry.targetLevel())) {
                own.add(new FieldProblem("mode", entry.targetLevel().displayName() + "只能选择正常申报或破格申报", "DECLARATION_MODE_NOT_ALLOWED"));
            }
            int line = i;
            own.forEach(problem -> problems.add(new FieldProblem("entries[" + line + "]." + problem.field(), problem.message(), problem.code())));
        }
        throwIfAny(problems);
        int year = LocalDate.now(clock).getYear();
        List<Declaration> added = new ArrayList<>();
        for (AddEntry entry : entries) {
            Worker worker = roster.get(caller, entry.workerId());
            Organisation unit = organisations.findById(worker.getUnitId()).orElseThrow();
            unit.requireOpen();
            rules.requireNotClosed(unit, entry.targetLevel(), year);
            Declaration draft = new Declaration(year, worker.getId(), unit.getId(), worker.getIdNumberHash(), entry.targetLevel(),
                    entry.workTypeCode(), entry.mode(), details(entry.reason(), entry.formerPost(), entry.earlierResult(), new ArrayList<>()),
                    AuthorKind.UNIT, clock.instant(), caller.accountId());
            insert(draft, worker);
            auditLog.record(caller, "DECLARATION_DRAFTED", "declaration", draft.getId(), describe(worker, draft));
            added.add(draft);
        }
        return added;
    }

    /** 查看/补充: changes a draft or a returned declaration of the caller's. */
    @Transactional
    public Declaration revise(Caller caller, long declarationId, Revise command) {
        Declaration declaration = own(caller, declarationId);
        List<FieldProblem> problems = new ArrayList<>();
        if (command.workTypeCode() == null || command.workTypeCode().isBlank()) {
            problems.add(new FieldProblem("workTypeCode", "请选择申报工种"));
        } else if (catalog.find(command.workTypeCode()).isEmpty()) {
            problems.add(new FieldProblem("workTypeCode", "申报工种不在工种目录中，请重新选择"));
        }
        if (command.mode() == null) {
            problems.add(new FieldProblem("mode", "请选择申报方式"));
        } else if (!command.mode().allowedFor(declaration.getTargetLevel())) {
            problems.add(new FieldProblem("mode", declaration.getTargetLevel().displayName() + "只能选择正常申报或破格申报",
                    "DECLARATION_MODE_NOT_ALLOWED"));
        }
        ModeDetails details = details(command.reason(), command.formerPost(), command.earlierResult(), problems);
        throwIfAny(problems);
        requireEditableNow(declaration);
        declaration.revise(command.workTypeCode(), command.mode(), details);
        auditLog.record(caller, "DECLARATION_REVISED", "declaration", declaration.getId(),
                declaration.getMode().displayName() + " " + declaration.getWorkTypeCode());
        return declaration;
    }

    /** Deletes a draft of the caller's (it never reached a reviewer). */
    @Transactional
    public void deleteDraft(Caller caller, long declarationId) {
        Declaration declaration = own(caller, declarationId);
        declaration.requireDeletable();
        declarations.delete(declaration);
        auditLog.record(caller, "DECLARATION_DRAFT_DELETED", "declaration", declarationId, declaration.getTargetLevel().displayName());
    }

    /**
     * 提交: after the operator read the commitment letter and chose 同意 (不同意 stops here), the
     * drafts go to review with the contact given. All or none: a failing draft names its worker.
     */
    @Transactional
    public List<Declaration> submit(Caller caller, Submit command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.commitment() == null) {
            problems.add(new FieldProblem("commitment", "请阅读申报单位经办人承诺书并选择是否同意"));
        } else if (command.commitment() == Commitment.DISAGREE) {
            throw DomainException.invalid("COMMITMENT_NOT_ACCEPTED", "commitment", "您选择了不同意承诺书，申报未提交；同意承诺书后方可提交");
        }
        Declaration.Contact contact = contact(command.contactName(), command.contactPhone(), problems);
        if (command.ids() == null || command.ids().isEmpty()) {
            problems.add(new FieldProblem("ids", "请选择要提交的申报"));
        } else if (command.ids().size() > MAX_BATCH) {
            problems.add(new FieldProblem("ids", "一次最多提交" + MAX_BATCH + "条申报"));
        }
        throwIfAny(problems);
        LocalDate today = LocalDate.now(clock);
        Set<Long> confirmed = command.qualificationConfirmed() == null ? Set.of() : Set.copyOf(command.qualificationConfirmed());
        List<Declaration> submitted = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(command.ids())) {
            Declaration declaration = own(caller, id);
            Worker worker = roster.get(caller, declaration.getWorkerId());
            List<FieldProblem> missing = declaration.missing();
            if (!missing.isEmpty()) {
                throw new DomainException(DomainException.Kind.INVALID, "DECLARATION_INCOMPLETE",
                        worker.getName() + "的申报尚不完整：" + missing.get(0).message(), missing);
            }
            Organisation unit = organisations.findById(declaration.getUnitId()).orElseThrow();
            unit.requireOpen();
            declaration.requireDraft();
            List<QualificationCheck.Warning> warnings = rules.require(worker, unit, declaration.getTargetLevel(),
                    declaration.getWorkTypeCode(), declaration.getMode(), declaration.getYear(), today, PlanWindows.Action.SUBMIT);
            requireMaterials(declaration, worker);
            confirmQualification(declaration, worker, warnings, confirmed.contains(id), clock.instant());
            declaration.submit(contact, clock.instant(), caller.accountId());
            rules.takePlace(declaration, worker);
            reviews.start(SUBJECT, declaration.getId(), chains.forUnit(unit));
            auditLog.record(caller, "DECLARATION_SUBMITTED", "declaration", declaration.getId(), describe(worker, declaration));
            announceSubmitted(declaration);
            submitted.add(declaration);
        }
        return submitted;
    }

    /** 重新提交: a returned declaration, fixed, goes back to the step that returned it (window still open). */
    @Transactional
    public Declaration resubmit(Caller caller, long declarationId, Boolean qualificationConfirmed) {
        Declaration declaration = own(caller, declarationId);
        declaration.requireReturned();
        List<FieldProblem> missing = declaration.missing();
        throwIfAny(missing);
        Worker worker = roster.get(caller, declaration.getWorkerId());
        Organisation unit = organisations.findById(declaration.getUnitId()).orElseThrow();
        unit.requireOpen();
        List<QualificationCheck.Warning> warnings = rules.require(worker, unit, declaration.getTargetLevel(),
                declaration.getWorkTypeCode(), declaration.getMode(), declaration.getYear(), LocalDate.now(clock), PlanWindows.Action.RESUBMIT);
        materials.requireComplete(declaration);
        seniorExtras.requireComplete(declaration);
        confirmQualification(declaration, worker, warnings, Boolean.TRUE.equals(qualificationConfirmed), clock.instant());
        int fromStep = declaration.resubmit(clock.instant(), caller.accountId());
        reviews.resume(SUBJECT, declaration.getId(), declaration.getRound(), fromStep);
        auditLog.record(caller, "DECLARATION_RESUBMITTED", "declaration", declaration.getId(),
                "第" + declaration.getRound() + "轮，自第" + fromStep + "步审核");
        announceSubmitted(declaration);
        return declaration;
    }

    /** 撤回: a submitted declaration no reviewer has decided yet; it no longer blocks a new one. */
    @Transactional
    public Declaration withdraw(Caller caller, long declarationId) {
        Declaration declaration = own(caller, declarationId);
        boolean undecided = declaration.getStatus() == DeclarationStatus.UNDER_REVIEW
                && reviews.undecided(SUBJECT, declaration.getId(), declaration.getRound());
        if (undecided) {
            Organisation unit = organisations.findById(declaration.getUnitId()).orElseThrow();
            rules.requireOpen(unit, declaration.getTargetLevel(), declaration.getYear(), PlanWindows.Action.WITHDRAW);
        }
        declaration.withdraw(undecided, clock.instant());
        reviews.closeOpen(SUBJECT, declaration.getId());
        rules.releasePlace(declaration);
        auditLog.record(caller, "DECLARATION_WITHDRAWN", "declaration", declaration.getId(), declaration.getTargetLevel().displayName());
        return declaration;
    }

    /** Decides the caller's pending step of a declaration in the caller's scope. */
    @Transactional
    public Declaration decide(Caller caller, long declarationId, Decision decision, String reason) {
        caller.require(Role.SUPERVISOR, Role.EXAM_OFFICE);
        Declaration declaration = declarations.findById(declarationId)
                .filter(found -> found.getStatus() != DeclarationStatus.DRAFT)
                .filter(found -> scopePolicy.covers(caller, found.getUnitId()))
                .orElseThrow(() -> DomainException.notFound("DECLARATION_NOT_FOUND", "未找到该申报，或其不在您的审核范围内"));
        StepDecided decided = reviews.decide(caller, SUBJECT, declaration.getId(), decision, reason);
        declaration.follow(decided.outcome(), decided.step().getStepNo(), clock.instant());
        if (declaration.getStatus() == DeclarationStatus.REJECTED) {
            rules.releasePlace(declaration);
        }
        auditLog.record(caller, "REVIEW_" + decision.name(), "declaration", declaration.getId(),
                decided.step().getName() + "：" + decision.displayName());
        outbox.append(new ReviewDecided(UUID.randomUUID(), declaration.getId(), decided.step().getStepNo(),
                decided.step().getName(), decision, decided.step().getReason(), declaration.getStatus(),
                declaration.getStatus() != DeclarationStatus.UNDER_REVIEW, clock.instant()));
        return declaration;
    }

    /**
     * 批量审核: each selected declaration is decided in its own transaction (audited and notified
     * once, like a single decision); one that fails is reported and does not stop the others.
     */
    public List<BatchOutcome> decideAll(Caller caller, List<Long> ids, Decision decision, String reason) {
        caller.require(Role.SUPERVISOR, Role.EXAM_OFFICE);
        if (ids == null || ids.isEmpty()) {
            throw DomainException.invalid("REVIEW_SELECTION_REQUIRED", "ids", "请勾选要审核的申报");
        }
        if (ids.size() > MAX_BATCH) {
            throw DomainException.invalid("REVIEW_SELECTION_REQUIRED", "ids", "一次最多审核" + MAX_BATCH + "条申报");
        }
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            try {
                eachInItsOwn.executeWithoutResult(status -> decide(caller, id, decision, reason));
                outcomes.add(new BatchOutcome(id, true, null, null));
            } catch (DomainException e) {
                outcomes.add(new BatchOutcome(id, false, e.code(), e.getMessage()));
            } catch (ConcurrencyFailureException e) {
                outcomes.add(new BatchOutcome(id, false, "CONCURRENT_CHANGE", "该申报刚被其他审核人处理，请刷新后查看"));
            }
        }
        return outcomes;
    }

    /** The declaration if the caller is its author: the unit's operator, or the applicant it is about. */
    Declaration own(Caller caller, long declarationId) {
        Optional<Declaration> found = declarations.findById(declarationId);
        boolean author = found.map(declaration -> switch (declaration.getAuthorKind()) {
            case UNIT -> caller.is(Role.UNIT_OPERATOR) && caller.organisationId() != null
                    && caller.organisationId().equals(declaration.getUnitId());
            case APPLICANT -> caller.is(Role.APPLICANT) && accounts.findById(caller.accountId())
                    .map(account -> declaration.getPersonIdHash().equals(account.getPersonIdHash())).orElse(false);
        }).orElse(false);
        if (!author) {
            throw DomainException.notFound("DECLARATION_NOT_FOUND", "未找到该申报，或其不由您办理");
        }
        return found.get();
    }

    /**
     * Every required material slot filled (MATERIALS_MISSING) and, for 高级技师, the extras complete (SeniorExtrasCheck);
     * in a batch the message names the worker.
     */
    private void requireMaterials(Declaration declaration, Worker worker) {
        try {
            materials.requireComplete(declaration);
            seniorExtras.requireComplete(declaration);
        } catch (DomainException e) {
            throw new DomainException(e.kind(), e.code(), worker.getName() + "：" + e.getMessage(), e.fieldProblems());
        }
    }

    /** The outbox event of a submission or resubmission, in its transaction (see {@link DeclarationSubmitted}). */
    void announceSubmitted(Declaration declaration) {
        outbox.append(DeclarationSubmitted.of(declaration, clock.instant()));
    }

    /** A returned declaration may be changed only while its window is open; a draft until the window closed. */
    void requireEditableNow(Declaration declaration) {
        window.requireChangeable(declaration);
    }

    /**
     * 合格库 (seed 004): when the roster's current level, its year or work type differ from the qualification records,
     * the author must confirm (确认报考) before the declaration goes to review; the confirmation is stored on the
     * declaration and shown to reviewers. An earlier confirmation of the same declaration still holds. Shared with
     * individual declarations, whose {@code warnings} compare the declared values.
     */
    static void confirmQualification(Declaration declaration, Worker worker, List<QualificationCheck.Warning> warnings,
                                     boolean confirmedNow, java.time.Instant now) {
        if (warnings.isEmpty() || declaration.getQualificationConfirmedAt() != null) {
            return;
        }
        if (!confirmedNow) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "QUALIFICATION_UNCONFIRMED",
                    worker.getName() + "：" + String.join("；", warnings.stream().map(QualificationCheck.Warning::message).toList()),
                    warnings.stream().map(warning -> new FieldProblem(
                            declaration.getId() == null ? "qualification" : "qualification:" + declaration.getId(), warning.message())).toList());
        }
        declaration.confirmQualification(now);
    }

    /** Inserts; the unique key refuses a second live declaration of the worker, level and year, also under concurrency. */
    private void insert(Declaration declaration, Worker worker) {
        insert(declarations, declaration, worker);
    }

    static void insert(Declarations declarations, Declaration declaration, Worker worker) {
        try {
            declarations.saveAndFlush(declaration);
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("DECLARATION_DUPLICATE", worker.getName() + "已有" + declaration.getYear() + "年度"
                    + declaration.getTargetLevel().displayName() + "的申报（暂存、审核中、退回补充或已通过），不能重复申报");
        }
    }

    private void checkEntry(Long workerId, Level targetLevel, String workTypeCode, DeclarationMode mode, List<FieldProblem> problems) {
        if (workerId == null) {
            problems.add(new FieldProblem("workerId", "请选择申报人员"));
        }
        if (targetLevel == null || targetLevel == Level.NONE) {
            problems.add(new FieldProblem("targetLevel", "请选择申报等级"));
        }
        if (workTypeCode == null || workTypeCode.isBlank()) {
            problems.add(new FieldProblem("workTypeCode", "请选择申报工种"));
        }
        if (mode == null) {
            problems.add(new FieldProblem("mode", "请选择申报方式"));
        }
    }

    private static ModeDetails details(String reason, String formerPost, String earlierResult, List<FieldProblem> problems) {
        return new ModeDetails(
                Text.line(reason, "reason", "破格理由", ModeDetails.MAX_REASON, problems),
                Text.line(formerPost, "formerPost", "转岗前岗位", ModeDetails.MAX_FORMER_POST, problems),
                Text.line(earlierResult, "earlierResult", "原考核结果", ModeDetails.MAX_EARLIER_RESULT, problems));
    }

    private Declaration.Contact contact(String name, String phone, List<FieldProblem> problems) {
        int before = problems.size();
        String contactName = Text.line(name, "contactName", "联系人", MAX_CONTACT_NAME, problems);
        if (contactName == null && problems.size() == before) {
            problems.add(new FieldProblem("contactName", "请填写联系人", "TEXT_REQUIRED"));
        }
        try {
            ContactPhone parsed = ContactPhone.parse(phone, "contactPhone");
            return contactName == null ? null : new Declaration.Contact(contactName, protector.encrypt(parsed.value()), parsed.masked());
        } catch (DomainException e) {
            problems.addAll(e.fieldProblems());
            return null;
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "DECLARATION_INVALID", problems.get(0).message(), problems);
        }
    }

    private String describe(Worker worker, Declaration declaration) {
        return worker.getName() + " " + worker.getIdNumberMasked() + " " + declaration.getTargetLevel().displayName() + " "
                + catalog.find(declaration.getWorkTypeCode()).map(type -> type.getName()).orElse(declaration.getWorkTypeCode())
                + " " + declaration.getMode().displayName();
    }
}
