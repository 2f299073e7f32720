package cn.gkgateway.declaration;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.audit.AuditEntry;
import cn.gkgateway.eligibility.QualificationCheck;
import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.Scope;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.review.ReviewService;
import cn.gkgateway.review.ReviewStep;
import cn.gkgateway.review.ReviewSteps;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading declarations, always within the caller's scope: an applicant their own, a unit its
 * own (drafts included), a department its units', an exam office its region's (never another
 * unit's drafts). Names are resolved in batches.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationQueries {

    static final int LIST_LIMIT = 500;
    public static final int MAX_PAGE_SIZE = 100;

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("DECLARATION_DRAFTED", "添加申报人员（暂存）"),
            Map.entry("DECLARATION_REVISED", "查看/补充"),
            Map.entry("DECLARATION_PROOF", "上传证明材料"),
            Map.entry("DECLARATION_SENIOR_EXTRAS", "填写高级技师申报信息"),
            Map.entry("DECLARATION_SUBMITTED", "提交申报（同意承诺书）"),
            Map.entry("DECLARATION_RESUBMITTED", "补充后重新提交"),
            Map.entry("DECLARATION_WITHDRAWN", "撤回申报"),
            Map.entry("REVIEW_APPROVE", "审核通过"),
            Map.entry("REVIEW_REJECT", "审核不通过"),
            Map.entry("REVIEW_RETURN", "退回补充"),
            Map.entry("MATERIAL_UPLOADED", "上传材料"),
            Map.entry("MATERIAL_DELETED", "删除材料"),
            Map.entry("MATERIAL_SCAN_LINK_ISSUED", "生成扫码上传二维码"),
            Map.entry("MATERIAL_SCAN_LINK_REVOKED", "作废扫码上传二维码"));

    private final Declarations declarations;
    private final Workers workers;
    private final Organisations organisations;
    private final ReviewSteps steps;
    private final ReviewService reviews;
    private final ScopePolicy scopePolicy;
    private final Accounts accounts;
    private final Catalog catalog;
    private final DeclarationRules rules;
    private final AuditEntries audit;
    private final PersonalDataProtector protector;
    private final Clock clock;
    private final DeclarationForms forms;

    public DeclarationQueries(Declarations declarations, Workers workers, Organisations organisations, ReviewSteps steps,
                              ReviewService reviews, ScopePolicy scopePolicy, Accounts accounts, Catalog catalog,
                              DeclarationRules rules, AuditEntries audit, PersonalDataProtector protector,
                              DeclarationForms forms, Clock clock) {
        this.declarations = declarations;
        this.workers = workers;
        this.organisations = organisations;
        this.steps = steps;
        this.reviews = reviews;
        this.scopePolicy = scopePolicy;
        this.accounts = accounts;
        this.catalog = catalog;
        this.rules = rules;
        this.forms = forms;
        this.audit = audit;
        this.protector = protector;
        this.clock = clock;
    }

    public List<DeclarationView> list(Caller caller, DeclarationStatus status) {
        if (caller.is(Role.APPLICANT)) {
            String personIdHash = accounts.findById(caller.accountId()).map(account -> account.getPersonIdHash()).orElse(null);
            List<Declaration> own = personIdHash == null ? List.of() : declarations.findByPersonIdHashOrderByIdDesc(personIdHash);
            return views(own.stream().filter(declaration -> status == null || declaration.getStatus() == status)
                    .filter(declaration -> declaration.getStatus() != DeclarationStatus.DRAFT
                            || declaration.getAuthorKind() == AuthorKind.APPLICANT).toList());
        }
        return views(declarations.findInScope(scopePolicy.unitsVisibleTo(caller), status, Limit.of(LIST_LIMIT)));
    }

    /** 申报查询 / 待审核 with filters, one page (newest first). */
    public Page<DeclarationView> page(Caller caller, DeclarationFilter filter, int page, int size) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        if (filter.pendingOnly()) {
            caller.require(Role.SUPERVISOR, Role.EXAM_OFFICE);
        }
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        PageRequest request = PageRequest.of(Math.max(0, page), safeSize, Sort.by(Sort.Direction.DESC, "id"));
        Scope scope = scopePolicy.unitsVisibleTo(caller);
        String name = filter.name() == null || Text.strip(filter.name()).isEmpty() ? null : Text.likeContains(Text.strip(filter.name()));
        String idHash = null;
        if (filter.idNumber() != null && !Text.strip(filter.idNumber()).isEmpty()) {
            idHash = protector.hash(IdNumber.parse(filter.idNumber(), "idNumber", LocalDate.now(clock)).value());
        }
        String workType = filter.workTypeCode() == null || filter.workTypeCode().isBlank() ? null : filter.workTypeCode();
        Page<Declaration> found = declarations.search(scope.all(), scope.unitIdOrNone(), scope.supervisorIdOrNone(),
                scope.regionPrefixOrNone(), scope.unitId() != null, filter.pendingOnly() ? caller.organisationId() : null,
                name, idHash, filter.unitId(), workType, filter.level(), filter.year(), filter.status(), request);
        return new PageImpl<>(views(found.getContent()), request, found.getTotalElements());
    }

    /** 工作台 待办: for a unit its drafts, returned and under-review declarations; for a reviewer its pending steps. */
    public Map<String, Long> todo(Caller caller) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        if (caller.is(Role.UNIT_OPERATOR)) {
            Map<DeclarationStatus, Long> byStatus = new EnumMap<>(DeclarationStatus.class);
            for (Object[] row : declarations.countByStatusOfUnit(caller.organisationId())) {
                byStatus.put((DeclarationStatus) row[0], (Long) row[1]);
            }
            counts.put("drafts", byStatus.getOrDefault(DeclarationStatus.DRAFT, 0L));
            counts.put("returned", byStatus.getOrDefault(DeclarationStatus.RETURNED, 0L));
            counts.put("underReview", byStatus.getOrDefault(DeclarationStatus.UNDER_REVIEW, 0L));
            counts.put("approved", byStatus.getOrDefault(DeclarationStatus.APPROVED, 0L));
        } else if (caller.organisationId() != null && (caller.is(Role.SUPERVISOR) || caller.is(Role.EXAM_OFFICE))) {
            counts.put("pendingReview", reviews.countPendingFor(DeclarationService.SUBJECT, caller.organisationId()));
        }
        return counts;
    }

    public DeclarationView get(Caller caller, long declarationId) {
        return view(visibleDeclaration(caller, declarationId));
    }

    /** The declaration if the caller may see it; a unit's draft only to the unit (otherwise "not found"). */
    public Declaration visibleDeclaration(Caller caller, long declarationId) {
        return declarations.findById(declarationId)
                .filter(declaration -> visible(caller, declaration))
                .orElseThrow(() -> DomainException.notFound("DECLARATION_NOT_FOUND", "未找到该申报，或其不在您的查看范围内"));
    }

    /** Everything a reviewer judges (see {@link DeclarationDetail}). */
    public DeclarationDetail detail(Caller caller, long declarationId) {
        Declaration declaration = visibleDeclaration(caller, declarationId);
        DeclarationView view = view(declaration);
        Worker worker = workers.findById(declaration.getWorkerId()).orElseThrow();
        Organisation unit = organisations.findById(declaration.getUnitId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        DeclarationForm form = declaration.getAuthorKind() != AuthorKind.APPLICANT ? null
                : forms.findById(declaration.getId()).orElse(null);
        if (form != null) {
            return declared(declaration, view, worker, unit, form, today);
        }
        Integer workYears = worker.getWorkStartDate() == null ? null : declaration.getYear() - worker.getWorkStartDate().getYear();
        DeclarationRules.Judged judged = rules.judge(worker, unit, declaration.getTargetLevel(), declaration.getWorkTypeCode(),
                declaration.getMode(), declaration.getYear(), today);
        List<DeclarationDetail.TimelineEntry> timeline = audit.findByTargetTypeAndTargetIdOrderByIdAsc("declaration", declaration.getId())
                .stream().map(DeclarationQueries::entry).toList();
        String currentWorkType = worker.getWorkTypeCode() == null ? null
                : catalog.find(worker.getWorkTypeCode()).map(WorkType::getName).orElse(worker.getWorkTypeCode());
        return new DeclarationDetail(view, worker.getLevel(), worker.getLevelYear(), worker.getWorkStartDate(), workYears,
                currentWorkType, judged.results(), timeline,
                judged.warnings().stream().map(QualificationCheck.Warning::message).toList(), declaration.getQualificationConfirmedAt());
    }

    /** An individual declaration as reviewers judge it: the values the applicant declared, and the rules over them. */
    private DeclarationDetail declared(Declaration declaration, DeclarationView view, Worker worker, Organisation unit,
                                       DeclarationForm form, LocalDate today) {
        DeclarationRules.Judged judged = rules.judge(worker, unit, declaration, form, today);
        List<DeclarationDetail.TimelineEntry> timeline = audit.findByTargetTypeAndTargetIdOrderByIdAsc("declaration", declaration.getId())
                .stream().map(DeclarationQueries::entry).toList();
        return new DeclarationDetail(view, form.getCurrentLevel(), form.getCurrentLevelYear(), form.getWorkStartDate(),
                declaration.getYear() - form.getWorkStartDate().getYear(),
                catalog.find(form.getCurrentWorkTypeCode()).map(WorkType::getName).orElse(form.getCurrentWorkTypeCode()),
                judged.results(), timeline,
                judged.warnings().stream().map(QualificationCheck.Warning::message).toList(),
                declaration.getQualificationConfirmedAt());
    }


    private static DeclarationDetail.TimelineEntry entry(AuditEntry entry) {
        return new DeclarationDetail.TimelineEntry(entry.getOccurredAt(), entry.getAction(),
                ACTIONS.getOrDefault(entry.getAction(), entry.getAction()), entry.getActorUsername(), entry.getDetail());
    }

    /** The view of a declaration the caller has just written (and so may see). */
    public DeclarationView view(Declaration declaration) {
        return views(List.of(declaration)).get(0);
    }

    /** The views of declarations the caller has just written. */
    public List<DeclarationView> viewAll(List<Declaration> written) {
        return views(written);
    }

    /** Declarations whose pending step belongs to the caller's organisation. */
    public List<DeclarationView> pendingReview(Caller caller) {
        caller.require(Role.SUPERVISOR, Role.EXAM_OFFICE);
        List<Long> ids = reviews.pendingFor(DeclarationService.SUBJECT, caller.organisationId());
        return views(declarations.findAllById(ids));
    }

    private boolean visible(Caller caller, Declaration declaration) {
        if (caller.is(Role.APPLICANT)) {
            return (declaration.getStatus() != DeclarationStatus.DRAFT || declaration.getAuthorKind() == AuthorKind.APPLICANT)
                    && accounts.findById(caller.accountId())
                    .map(account -> declaration.getPersonIdHash().equals(account.getPersonIdHash())).orElse(false);
        }
        if (declaration.getStatus() == DeclarationStatus.DRAFT
                && !(caller.is(Role.UNIT_OPERATOR) && declaration.getUnitId().equals(caller.organisationId()))) {
            return false;
        }
        return scopePolicy.covers(caller, declaration.getUnitId());
    }

    private List<DeclarationView> views(List<Declaration> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Worker> workerById = byId(workers.findAllById(ids(found, Declaration::getWorkerId)), Worker::getId);
        Map<Long, Organisation> unitById = byId(organisations.findAllById(ids(found, Declaration::getUnitId)), Organisation::getId);
        Map<Long, List<ReviewStep>> stepsById = steps.findBySubjectTypeAndSubjectIdInOrderByRoundAscStepNoAsc(
                        DeclarationService.SUBJECT, ids(found, Declaration::getId)).stream()
                .collect(Collectors.groupingBy(ReviewStep::getSubjectId));
        return found.stream().map(declaration -> {
            Worker worker = workerById.get(declaration.getWorkerId());
            return new DeclarationView(declaration, worker.getName(), worker.getIdNumberMasked(),
                    unitById.get(declaration.getUnitId()).getName(),
                    catalog.find(declaration.getWorkTypeCode()).map(WorkType::getName).orElse(declaration.getWorkTypeCode()),
                    stepsById.getOrDefault(declaration.getId(), List.of()));
        }).toList();
    }

    private static Set<Long> ids(Collection<Declaration> found, Function<Declaration, Long> key) {
        return found.stream().map(key).collect(Collectors.toSet());
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
