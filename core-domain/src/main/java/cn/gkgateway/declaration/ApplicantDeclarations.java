package cn.gkgateway.declaration;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.declaration.DeclarationCommands.Commitment;
import cn.gkgateway.eligibility.QualificationCheck;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.plan.PlanWindows;
import cn.gkgateway.review.ReviewService;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 个人网上报名 (seed 004): the applicant declares for themselves. The person is always the signed-in identity (the
 * account's keyed ID hash): first the city and target level (fixed once saved), then the form, whose unit must hold
 * the person on its roster; save as a draft, submit after the applicant's own commitment (contact: their own phone),
 * resubmit after a return. The rules, windows, 合格库 check, quota and review chain are the unit path's
 * ({@link DeclarationRules}, {@link DeclarationService}); they read the values the applicant declared.
 */
@Service
public class ApplicantDeclarations {

    /** 报名人员承诺书, read and accepted (同意) before submitting. */
    public static final String COMMITMENT = "本人承诺：所填报的报名信息及上传的证明材料真实、准确、完整，符合报名条件。"
            + "如有弄虚作假，本人自愿承担相应责任；一经查实，取消报名及考评资格，记入诚信记录，3年内不得重新申报等级考评。";

    static final String NOT_ON_ROSTER = "您不在所选单位的在册人员名单中，请联系单位人事部门核实，或咨询当地工考办";

    private final Declarations declarations;
    private final DeclarationForms forms;
    private final ApplicantChoices choices;
    private final DeclarationService lifecycle;
    private final DeclarationRules rules;
    private final SkillReviewChain chains;
    private final ReviewService reviews;
    private final MaterialRequirement materials;
    private final RosterService roster;
    private final Organisations organisations;
    private final Catalog catalog;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final SeniorExtrasCheck seniorExtras;
    private final Clock clock;

    public ApplicantDeclarations(Declarations declarations, DeclarationForms forms, ApplicantChoices choices,
                                 DeclarationService lifecycle, DeclarationRules rules, SkillReviewChain chains, ReviewService reviews,
                                 MaterialRequirement materials, RosterService roster, Organisations organisations, Catalog catalog,
                                 Accounts accounts, AuditLog auditLog, SeniorExtrasCheck seniorExtras, Clock clock) {
        this.declarations = declarations;
        this.forms = forms;
        this.choices = choices;
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.chains = chains;
        this.reviews = reviews;
        this.materials = materials;
        this.roster = roster;
        this.organisations = organisations;
        this.catalog = catalog;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.seniorExtras = seniorExtras;
        this.clock = clock;
    }

    /** This year's choice of city and level, if made. */
    @Transactional(readOnly = true)
    public Optional<ApplicantChoice> choice(Caller caller) {
        return choices.findByPersonIdHashAndYear(personOf(caller), year());
    }

    /** 选择报名地市、申报级别 and 保存: once saved it is fixed (APPLICANT_CHOICE_FIXED). */
    @Transactional
    public ApplicantChoice choose(Caller caller, String regionCode, Level targetLevel) {
        String person = personOf(caller);
        List<FieldProblem> problems = new ArrayList<>();
        if (regionCode == null || city(regionCode).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "请选择报名地市", "APPLICANT_CHOICE_INVALID"));
        }
        if (targetLevel == null || targetLevel == Level.NONE) {
            problems.add(new FieldProblem("targetLevel", "请选择申报级别", "APPLICANT_CHOICE_INVALID"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "APPLICANT_CHOICE_INVALID", problems.get(0).message(), problems);
        }
        if (choices.findByPersonIdHashAndYear(person, year()).isPresent()) {
            throw fixed();
        }
        ApplicantChoice choice = new ApplicantChoice(person, year(), regionCode, targetLevel, clock.instant());
        try {
            choices.saveAndFlush(choice);
        } catch (DataIntegrityViolationException e) {
            throw fixed();
        }
        auditLog.record(caller, "APPLICANT_CHOICE", "applicant_choice", choice.getId(),
                city(regionCode).map(Organisation::getName).orElse(regionCode) + " " + targetLevel.displayName());
        return choice;
    }

    /**
     * 删除本人报名信息: the choice and the draft go, so that city and level can be chosen again. A submitted
     * declaration must be withdrawn first (APPLICANT_DECLARATION_SUBMITTED).
     */
    @Transactional
    public void deleteChoice(Caller caller) {
        ApplicantChoice choice = choice(caller).orElseThrow(() -> DomainException.notFound("APPLICANT_CHOICE_NOT_FOUND",
                "您尚未选择报名地市和申报级别"));
        Optional<Declaration> current = current(caller);
        if (current.isPresent()) {
            Declaration declaration = current.get();
            if (declaration.getStatus() != DeclarationStatus.DRAFT) {
                throw DomainException.conflict("APPLICANT_DECLARATION_SUBMITTED", "您的报名信息当前为“"
                        + declaration.getStatus().displayName() + "”，不能删除；尚未审核的可先撤回后再删除");
            }
            forms.deleteById(declaration.getId());
            forms.flush();
            lifecycle.deleteDraft(caller, declaration.getId());
        }
        choices.delete(choice);
        auditLog.record(caller, "APPLICANT_CHOICE_DELETED", "applicant_choice", choice.getId(), choice.getTargetLevel().displayName());
    }

    /** The person's live individual declaration of this year at the chosen level (a draft, under review, returned or approved). */
    @Transactional(readOnly = true)
    public Optional<Declaration> current(Caller caller) {
        String person = personOf(caller);
        int year = year();
        return declarations.findByPersonIdHashOrderByIdDesc(person).stream()
                .filter(d -> d.getYear() == year && d.getAuthorKind() == AuthorKind.APPLICANT && d.isLive())
                .findFirst();
    }

    /** The newest declaration of the person this year, whoever wrote it (the home's 资格审查 progress). */
    @Transactional(readOnly = true)
    public Optional<Declaration> latest(Caller caller) {
        int year = year();
        return declarations.findByPersonIdHashOrderByIdDesc(personOf(caller)).stream().filter(d -> d.getYear() == year).findFirst();
    }

    /** The person's roster entry (their unit, name and masked ID number), if any unit holds them. */
    @Transactional(readOnly = true)
    public Optional<Worker> rosterEntry(Caller caller) {
        return roster.ofPerson(personOf(caller));
    }

    /** The form values of one of the caller's own individual declarations. */
    @Transactional(readOnly = true)
    public DeclarationForm form(Caller caller, long declarationId) {
        Declaration declaration = mine(caller, declarationId);
        return forms.findById(declaration.getId()).orElseThrow(() -> notFound());
    }

    /**
     * 保存信息: creates this year's draft or changes it (a draft, or a returned declaration while its window is open).
     * Every problem at once; nothing is written when anything is refused.
     */
    @Transactional
    public Declaration save(Caller caller, ApplicantForm form) {
        String person = personOf(caller);
        ApplicantChoice choice = choices.findByPersonIdHashAndYear(person, year()).orElseThrow(() -> DomainException.conflict(
                "APPLICANT_CHOICE_REQUIRED", "请先选择报名地市和申报级别并保存"));
        if (form == null) {
            throw DomainException.invalid("DECLARATION_INVALID", "unitId", "请填写报名信息");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ApplicantForm.Values values = form.check(LocalDate.now(clock), code -> catalog.find(code).isPresent(), problems);
        DeclarationService.throwIfAny(problems);
        Organisation unit = organisations.findById(values.unitId())
                .filter(found -> found.getKind() == OrganisationKind.UNIT && found.isActive())
                .orElseThrow(() -> DomainException.invalid("DECLARATION_INVALID", "unitId",
                        "未找到所选单位；如果找不到本人所属单位，请向当地人社局工考办（工考中心）咨询"));
        if (!choice.covers(unit.getRegionCode())) {
            throw DomainException.invalid("DECLARATION_INVALID", "unitId", "所选单位不在您选择的报名地市，请重新选择");
        }
        Worker worker = onRoster(person, unit.getId());
        Level target = choice.getTargetLevel();
        ModeDetails details = new ModeDetails(values.reason(), null, null);
        Optional<Declaration> existing = current(caller);
        if (existing.isEmpty()) {
            rules.requireNotClosed(unit, target, year());
            Declaration draft = new Declaration(year(), worker.getId(), unit.getId(), person, target, values.workTypeCode(),
                    values.mode(), details, AuthorKind.APPLICANT, clock.instant(), caller.accountId());
            DeclarationService.insert(declarations, draft, worker);
            forms.save(new DeclarationForm(draft.getId(), values));
            auditLog.record(caller, "DECLARATION_DRAFTED", "declaration", draft.getId(), describe(worker, draft));
            return draft;
        }
        Declaration declaration = existing.get();
        declaration.requireEditable();
        if (declaration.getStatus() == DeclarationStatus.RETURNED) {
            rules.requireOpen(unit, target, declaration.getYear(), PlanWindows.Action.EDIT);
            if (!declaration.getUnitId().equals(unit.getId())) {
                throw DomainException.invalid("DECLARATION_INVALID", "unitId", "退回补充的申报不能更换单位");
            }
        } else {
            rules.requireNotClosed(unit, target, declaration.getYear());
            if (!declaration.getUnitId().equals(unit.getId())) {
                declaration.moveTo(worker.getId(), unit.getId());
            }
        }
        declaration.revise(values.workTypeCode(), values.mode(), details);
        DeclarationForm row = forms.findById(declaration.getId()).orElseGet(() -> new DeclarationForm(declaration.getId(), values));
        row.apply(values);
        forms.save(row);
        auditLog.record(caller, "DECLARATION_REVISED", "declaration", declaration.getId(), describe(worker, declaration));
        return declaration;
    }

    /**
     * 提交信息: the applicant read the 报名人员承诺书 and chose 同意; the contact is their own name and phone. The window
     * must be open, every rule passes over the declared values, required materials are there, 合格库 warnings confirmed.
     */
    @Transactional
    public Declaration submit(Caller caller, long declarationId, Commitment commitment, boolean qualificationConfirmed) {
        Declaration declaration = mine(caller, declarationId);
        if (commitment == null) {
            throw DomainException.invalid("DECLARATION_INVALID", "commitment", "请阅读报名人员承诺书并选择是否同意");
        }
        if (commitment == Commitment.DISAGREE) {
            throw DomainException.invalid("COMMITMENT_NOT_ACCEPTED", "commitment", "您选择了不同意承诺书，报名信息未提交；同意承诺书后方可提交");
        }
        Account account = accounts.findById(caller.accountId()).orElseThrow();
        if (account.getPhoneCipher() == null) {
            throw DomainException.invalid("APPLICANT_PHONE_REQUIRED", "contactPhone",
                    "请先在“我的—手机号”中绑定本人手机号，用于联系及接收审核结果短信");
        }
        declaration.requireDraft();
        Checked checked = checkForReview(declaration, PlanWindows.Action.SUBMIT, qualificationConfirmed);
        Worker worker = checked.worker();
        declaration.submit(new Declaration.Contact(account.getDisplayName(), account.getPhoneCipher(), account.getPhoneMasked()),
                clock.instant(), caller.accountId());
        rules.takePlace(declaration, worker);
        reviews.start(DeclarationService.SUBJECT, declaration.getId(), chains.forUnit(checked.unit()));
        auditLog.record(caller, "DECLARATION_SUBMITTED", "declaration", declaration.getId(), describe(worker, declaration));
        lifecycle.announceSubmitted(declaration);
        return declaration;
    }

    /** 重新提交: a returned individual declaration, fixed, goes back to the step that returned it (window open). */
    @Transactional
    public Declaration resubmit(Caller caller, long declarationId, boolean qualificationConfirmed) {
        Declaration declaration = mine(caller, declarationId);
        declaration.requireReturned();
        checkForReview(declaration, PlanWindows.Action.RESUBMIT, qualificationConfirmed);
        int fromStep = declaration.resubmit(clock.instant(), caller.accountId());
        reviews.resume(DeclarationService.SUBJECT, declaration.getId(), declaration.getRound(), fromStep);
        auditLog.record(caller, "DECLARATION_RESUBMITTED", "declaration", declaration.getId(),
                "第" + declaration.getRound() + "轮，自第" + fromStep + "步审核");
        lifecycle.announceSubmitted(declaration);
        return declaration;
    }

    private record Checked(Worker worker, Organisation unit) {
    }

    /**
     * What submitting and resubmitting check alike, every refusal before anything changes: the form complete, the person
     * still on the unit's roster, the unit open, the window and every rule over the declared values, the materials, the
     * 高级技师 extras, and the 合格库 warnings confirmed.
     */
    private Checked checkForReview(Declaration declaration, PlanWindows.Action action, boolean qualificationConfirmed) {
        DeclarationService.throwIfAny(declaration.missing());
        DeclarationForm form = forms.findById(declaration.getId()).orElseThrow(() -> notFound());
        Worker worker = onRoster(declaration.getPersonIdHash(), declaration.getUnitId());
        Organisation unit = organisations.findById(declaration.getUnitId()).orElseThrow();
        unit.requireOpen();
        List<QualificationCheck.Warning> warnings = rules.require(worker, unit, declaration, form, LocalDate.now(clock), action);
        materials.requireComplete(declaration);
        seniorExtras.requireComplete(declaration);
        DeclarationService.confirmQualification(declaration, worker, warnings, qualificationConfirmed, clock.instant());
        return new Checked(worker, unit);
    }

    /** 撤回: as for units (submitted, no reviewer has decided yet, window open). */
    @Transactional
    public Declaration withdraw(Caller caller, long declarationId) {
        mine(caller, declarationId);
        return lifecycle.withdraw(caller, declarationId);
    }

    /** The caller's own individual declaration; anything else is "not found", whoever's it is. */
    private Declaration mine(Caller caller, long declarationId) {
        String person = personOf(caller);
        return declarations.findById(declarationId)
                .filter(d -> d.getAuthorKind() == AuthorKind.APPLICANT && d.getPersonIdHash().equals(person))
                .orElseThrow(ApplicantDeclarations::notFound);
    }

    /** The person's roster entry in {@code unitId}, or APPLICANT_NOT_ON_ROSTER. */
    private Worker onRoster(String person, Long unitId) {
        return roster.ofPerson(person).filter(worker -> worker.getUnitId().equals(unitId))
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "APPLICANT_NOT_ON_ROSTER", NOT_ON_ROSTER,
                        List.of(new FieldProblem("unitId", NOT_ON_ROSTER, "APPLICANT_NOT_ON_ROSTER"))));
    }

    /** The keyed ID hash of the signed-in applicant; an account without a verified identity cannot declare. */
    private String personOf(Caller caller) {
        caller.require(Role.APPLICANT);
        return accounts.findById(caller.accountId()).map(Account::getPersonIdHash)
                .orElseThrow(() -> DomainException.conflict("APPLICANT_NOT_VERIFIED",
                        "您的账号尚未完成实名认证，不能网上报名；请通过政务服务网登录"));
    }

    private Optional<Organisation> city(String regionCode) {
        return organisations.findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind.EXAM_OFFICE, JurisdictionLevel.CITY,
                regionCode);
    }

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    private static DomainException fixed() {
        return DomainException.conflict("APPLICANT_CHOICE_FIXED",
                "报名地市和申报级别保存后不可更改；如勾选有误，需删除本人报名信息后重新填报");
    }

    private static DomainException notFound() {
        return DomainException.notFound("DECLARATION_NOT_FOUND", "未找到该申报，或其不由您办理");
    }

    private String describe(Worker worker, Declaration declaration) {
        return worker.getName() + " " + worker.getIdNumberMasked() + " " + declaration.getTargetLevel().displayName() + " "
                + catalog.find(declaration.getWorkTypeCode()).map(type -> type.getName()).orElse(declaration.getWorkTypeCode())
                + " " + declaration.getMode().displayName();
    }
}
