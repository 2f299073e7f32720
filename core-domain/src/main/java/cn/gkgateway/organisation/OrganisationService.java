package cn.gkgateway.organisation;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Managing the organisation tree: list, create, edit, move, close and reopen exam offices,
 * supervising departments and units. Every change passes the named policies (scope, hierarchy,
 * supervision, uniqueness), answers all problems at once and is audited with old → new values.
 * Organisations outside the caller's region are "not found", so that their existence does not leak.
 */
@Service
public class OrganisationService {

    /** More than a province's tree; the list is for the console's tree, not for exports. */
    static final int MAX_LIST = 5000;
    static final String AUDIT_TARGET = "organisation";

    private final Organisations organisations;
    private final AuditLog auditLog;
    private final OrganisationDirectory directory;
    private final ManagementScope scope;
    private final List<OrganisationPolicy> policies = List.of(new SupervisionPolicy(), new HierarchyPolicy(), new UniquenessPolicy());

    public OrganisationService(Organisations organisations, AuditLog auditLog) {
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.directory = new RepositoryDirectory(organisations);
        this.scope = new ManagementScope(organisations);
    }

    @Transactional(readOnly = true)
    public List<Organisation> list(Caller caller, OrganisationFilter filter) {
        String prefix = scope.prefix(caller);
        String name = filter.name() == null || filter.name().isBlank() ? null
                : "%" + filter.name().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return organisations.search(prefix, filter.kind(), filter.status(), name, Limit.of(MAX_LIST));
    }

    @Transactional(readOnly = true)
    public Organisation get(Caller caller, long id) {
        return scope.visible(caller, id);
    }

    @Transactional
    public Organisation create(Caller caller, CreateOrganisation command) {
        OrganisationFields.Parsed parsed = OrganisationFields.parse(null, command.kind(), command.name(), command.creditCode(),
                command.category(), command.level(), command.regionCode(), command.parentId(), command.supervisorId());
        Organisation created = createChecked(caller, parsed);
        auditLog.record(caller, "ORGANISATION_CREATED", AUDIT_TARGET, created.getId(), describe(created));
        return created;
    }

    /** Checks a parsed draft (scope first, then fields, then policies) and saves it; the caller audits. */
    private Organisation createChecked(Caller caller, OrganisationFields.Parsed parsed) {
        OrganisationDraft draft = placed(parsed.draft());
        OrganisationRejections.throwIfAny(rejectionsFor(caller, draft, parsed.problems()));
        return save(draft);
    }

    /** A new unit without a parent hangs under its supervising department. */
    static OrganisationDraft placed(OrganisationDraft draft) {
        return draft.kind() == OrganisationKind.UNIT && draft.parentId() == null
                ? draft.withPlace(draft.supervisorId(), draft.supervisorId()) : draft;
    }

    /** Everything wrong with a new organisation: a scope refusal alone, else the field problems, else the policies' rejections. */
    List<OrganisationRejection> rejectionsFor(Caller caller, OrganisationDraft draft, List<OrganisationRejection> fieldProblems) {
        Optional<OrganisationRejection> outOfScope = scope.check(caller, draft);
        if (outOfScope.isPresent()) {
            return List.of(outOfScope.get());
        }
        if (!fieldProblems.isEmpty()) {
            return fieldProblems;
        }
        String prefix = scope.prefix(caller);
        List<OrganisationRejection> rejections = new ArrayList<>();
        if (scope.outside(prefix, draft.supervisorId())) {
            rejections.add(new OrganisationRejection("management-scope", "ORGANISATION_NOT_FOUND", DomainException.Kind.NOT_FOUND,
                    "supervisorId", "所选的主管部门不存在，或不在您的管理范围内"));
        }
        if (scope.outside(prefix, draft.parentId())) {
            rejections.add(new OrganisationRejection("management-scope", "ORGANISATION_NOT_FOUND", DomainException.Kind.NOT_FOUND,
                    "parentId", "所选的上级单位不存在，或不在您的管理范围内"));
        }
        return rejections.isEmpty() ? judge(draft) : rejections;
    }

    Organisation save(OrganisationDraft draft) {
        return organisations.save(new Organisation(draft.name(), draft.creditCode(), draft.kind(), draft.category(),
                draft.level(), draft.regionCode(), draft.parentId(), draft.supervisorId()));
    }

    @Transactional
    public Organisation update(Caller caller, long id, UpdateOrganisation command) {
        Organisation organisation = manageable(caller, id);
        OrganisationDraft before = OrganisationDraft.of(organisation);
        OrganisationFields.Parsed parsed = OrganisationFields.parse(id, organisation.getKind(), command.name(), command.creditCode(),
                command.category(), command.level(), command.regionCode(), organisation.getParentId(), organisation.getSupervisorId());
        OrganisationDraft draft = parsed.draft();
        scope.requireManageable(caller, draft);
        OrganisationRejections.throwIfAny(parsed.problems());
        boolean placeChanged = draft.level() != before.level() || !draft.regionCode().equals(before.regionCode());
        if (placeChanged && directory.hasChildren(id)) {
            throw DomainException.conflict("ORGANISATION_HAS_CHILDREN", "该机构有下级机构或所主管的单位，不能修改层级或行政区划；请先迁移其下级机构");
        }
        OrganisationRejections.throwIfAny(judge(draft));
        organisation.changeDetails(draft.name(), draft.creditCode(), draft.category(), draft.level(), draft.regionCode());
        String changes = new ChangeLog()
                .add("名称", before.name(), draft.name())
                .add("统一社会信用代码", before.creditCode(), draft.creditCode())
                .add("单位类别", name(before.category()), name(draft.category()))
                .add("层级", before.level().displayName(), draft.level().displayName())
                .add("行政区划代码", before.regionCode(), draft.regionCode())
                .toString();
        auditLog.record(caller, "ORGANISATION_UPDATED", AUDIT_TARGET, id, changes);
        return organisation;
    }

    @Transactional
    public Organisation move(Caller caller, long id, MoveOrganisation command) {
        Organisation organisation = manageable(caller, id);
        Long parentId = command.parentId();
        if (organisation.getKind() == OrganisationKind.UNIT && parentId == null) {
            parentId = command.supervisorId();
        }
        OrganisationDraft draft = OrganisationDraft.of(organisation).withPlace(parentId, command.supervisorId());
        scope.requireVisible(caller, draft.parentId(), draft.supervisorId());
        OrganisationRejections.throwIfAny(judge(draft));
        String changes = new ChangeLog()
                .add("上级单位", organisations.nameOf(organisation.getParentId()), organisations.nameOf(draft.parentId()))
                .add("主管部门", organisations.nameOf(organisation.getSupervisorId()), organisations.nameOf(draft.supervisorId()))
                .toString();
        organisation.moveTo(draft.parentId(), draft.supervisorId());
        auditLog.record(caller, "ORGANISATION_MOVED", AUDIT_TARGET, id, changes);
        return organisation;
    }

    /** Closes an organisation with no open children: it keeps its records, but takes no new work. */
    @Transactional
    public Organisation close(Caller caller, long id) {
        Organisation organisation = manageable(caller, id);
        if (!organisation.isActive()) {
            throw DomainException.conflict("ORGANISATION_ALREADY_CLOSED", "该机构已关闭");
        }
        if (directory.hasActiveChildren(id)) {
            throw DomainException.conflict("ORGANISATION_HAS_ACTIVE_CHILDREN", "该机构还有未关闭的下级机构或所主管的单位，请先关闭或迁移它们");
        }
        return changeStatus(caller, organisation, OrganisationStatus.CLOSED, "ORGANISATION_CLOSED");
    }

    @Transactional
    public Organisation reopen(Caller caller, long id) {
        Organisation organisation = manageable(caller, id);
        if (organisation.isActive()) {
            throw DomainException.conflict("ORGANISATION_NOT_CLOSED", "该机构未关闭，无需恢复");
        }
        Optional<Organisation> parent = directory.byId(organisation.getParentId());
        if (parent.isPresent() && !parent.get().isActive()) {
            throw DomainException.conflict("ORGANISATION_PARENT_CLOSED", "上级单位“" + parent.get().getName() + "”已关闭，请先恢复上级单位或迁移本机构");
        }
        return changeStatus(caller, organisation, OrganisationStatus.ACTIVE, "ORGANISATION_REOPENED");
    }

    String describe(Organisation o) {
        return new ChangeLog()
                .add("类型", null, o.getKind().displayName())
                .add("名称", null, o.getName())
                .add("统一社会信用代码", null, o.getCreditCode())
                .add("单位类别", null, name(o.getCategory()))
                .add("层级", null, o.getJurisdictionLevel().displayName())
                .add("行政区划代码", null, o.getRegionCode())
                .add("主管部门", null, organisations.nameOf(o.getSupervisorId()))
                .add("上级单位", null, organisations.nameOf(o.getParentId()))
                .toString();
    }

    OrganisationDirectory directory() {
        return directory;
    }

    private Organisation changeStatus(Caller caller, Organisation organisation, OrganisationStatus status, String action) {
        String change = new ChangeLog().add("状态", organisation.getStatus().displayName(), status.displayName()).toString();
        organisation.changeStatus(status);
        auditLog.record(caller, action, AUDIT_TARGET, organisation.getId(), change);
        return organisation;
    }

    private List<OrganisationRejection> judge(OrganisationDraft draft) {
        List<OrganisationRejection> rejections = new ArrayList<>();
        policies.forEach(policy -> rejections.addAll(policy.check(draft, directory)));
        return rejections;
    }

    private Organisation manageable(Caller caller, long id) {
        Organisation organisation = get(caller, id);
        scope.requireManageable(caller, OrganisationDraft.of(organisation));
        return organisation;
    }

    /** The name of a parent or supervising department to show next to an organisation (null if none). */
    @Transactional(readOnly = true)
    public String nameOf(Long id) {
        return organisations.nameOf(id);
    }

    /** Refuses callers who may not manage organisations at all (only ADMIN and open exam offices may). */
    @Transactional(readOnly = true)
    public void requireManager(Caller caller) {
        scope.prefix(caller);
    }

    private static String name(UnitCategory category) {
        return category == null ? null : category.displayName();
    }
}
