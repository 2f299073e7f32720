package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.review.ReviewService;
import cn.gkgateway.review.ReviewStep;
import cn.gkgateway.review.ReviewSteps;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.shared.DomainException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading declarations, always within the caller's scope: an applicant their own, a unit its
 * own, a department its units', an exam office its region's. Names are resolved in batches.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationQueries {

    static final int LIST_LIMIT = 500;

    private final Declarations declarations;
    private final Workers workers;
    private final Organisations organisations;
    private final ReviewSteps steps;
    private final ReviewService reviews;
    private final ScopePolicy scopePolicy;
    private final Accounts accounts;
    private final Catalog catalog;

    public DeclarationQueries(Declarations declarations, Workers workers, Organisations organisations, ReviewSteps steps,
                              ReviewService reviews, ScopePolicy scopePolicy, Accounts accounts, Catalog catalog) {
        this.declarations = declarations;
        this.workers = workers;
        this.organisations = organisations;
        this.steps = steps;
        this.reviews = reviews;
        this.scopePolicy = scopePolicy;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    public List<DeclarationView> list(Caller caller, DeclarationStatus status) {
        if (caller.is(Role.APPLICANT)) {
            String personIdHash = accounts.findById(caller.accountId()).map(account -> account.getPersonIdHash()).orElse(null);
            List<Declaration> own = personIdHash == null ? List.of() : declarations.findByPersonIdHashOrderByIdDesc(personIdHash);
            return views(own.stream().filter(declaration -> status == null || declaration.getStatus() == status).toList());
        }
        return views(declarations.findInScope(scopePolicy.unitsVisibleTo(caller), status, Limit.of(LIST_LIMIT)));
    }

    public DeclarationView get(Caller caller, long declarationId) {
        return declarations.findById(declarationId)
                .filter(declaration -> visible(caller, declaration))
                .map(this::view)
                .orElseThrow(() -> DomainException.notFound("DECLARATION_NOT_FOUND", "未找到该申报，或其不在您的查看范围内"));
    }

    /** The view of a declaration the caller has just written (and so may see). */
    public DeclarationView view(Declaration declaration) {
        return views(List.of(declaration)).get(0);
    }

    /** Declarations whose pending step belongs to the caller's organisation. */
    public List<DeclarationView> pendingReview(Caller caller) {
        caller.require(Role.SUPERVISOR, Role.EXAM_OFFICE);
        List<Long> ids = reviews.pendingFor(DeclarationService.SUBJECT, caller.organisationId());
        return views(declarations.findAllById(ids));
    }

    private boolean visible(Caller caller, Declaration declaration) {
        if (caller.is(Role.APPLICANT)) {
            return accounts.findById(caller.accountId())
                    .map(account -> declaration.getPersonIdHash().equals(account.getPersonIdHash())).orElse(false);
        }
        return scopePolicy.covers(caller, declaration.getUnitId());
    }

    private List<DeclarationView> views(List<Declaration> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Worker> workerById = byId(workers.findAllById(ids(found, Declaration::getWorkerId)), Worker::getId);
        Map<Long, Organisation> unitById = byId(organisations.findAllById(ids(found, Declaration::getUnitId)), Organisation::getId);
        Map<Long, List<ReviewStep>> stepsById = steps.findBySubjectTypeAndSubjectIdInOrderByStepNoAsc(
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
