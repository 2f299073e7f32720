package cn.gkgateway.catalog;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Sets a year's 考评范围 (which work types are open at which level group) as data: copy a year,
 * open or close one line, or replace a year with imported lines. Anyone in the console may read;
 * only a provincial exam office and the administrator change, and only this year or later
 * (past years stay as they were examined).
 */
@Service
public class ScopeAdministration {

    private final WorkTypeScopes scopes;
    private final Catalog catalog;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public ScopeAdministration(WorkTypeScopes scopes, Catalog catalog, Organisations organisations, AuditLog auditLog, Clock clock) {
        this.scopes = scopes;
        this.catalog = catalog;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WorkTypeScope> of(int year) {
        return scopes.findByYear(year);
    }

    /** Copies every line of {@code from} into {@code to}, which must still be empty. */
    @Transactional
    public int copyYear(Caller caller, int from, int to) {
        requireEditor(caller, to);
        List<WorkTypeScope> source = scopes.findByYear(from);
        if (source.isEmpty()) {
            throw DomainException.invalid("SCOPE_YEAR_EMPTY", "from", from + "年度没有考评范围可复制");
        }
        if (!scopes.findByYear(to).isEmpty()) {
            throw DomainException.conflict("SCOPE_YEAR_NOT_EMPTY", to + "年度已有考评范围，请直接修改或导入替换");
        }
        scopes.saveAll(source.stream().map(s -> new WorkTypeScope(to, s.getLevelGroup(), s.getWorkTypeCode())).toList());
        catalog.reload();
        auditLog.record(caller, "SCOPE_YEAR_COPIED", "work_type_scope", null, from + " → " + to + "，" + source.size() + " 条");
        return source.size();
    }

    /** Opens or closes one work type at one level group in a year. */
    @Transactional
    public void set(Caller caller, int year, LevelGroup group, String workTypeCode, boolean open) {
        requireEditor(caller, year);
        WorkType type = catalog.find(workTypeCode)
                .orElseThrow(() -> DomainException.invalid("UNKNOWN_WORK_TYPE", "workTypeCode", "工种代码不存在"));
        if (open && type.isRetired()) {
            throw DomainException.invalid("WORK_TYPE_RETIRED", "workTypeCode", type.getName() + "已取消或合并，不能开放");
        }
        boolean present = scopes.existsByYearAndLevelGroupAndWorkTypeCode(year, group, type.getCode());
        if (open && !present) {
            scopes.save(new WorkTypeScope(year, group, type.getCode()));
        } else if (!open && present) {
            scopes.deleteAll(scopes.findByYearAndLevelGroup(year, group).stream()
                    .filter(s -> s.getWorkTypeCode().equals(type.getCode())).toList());
        }
        catalog.reload();
        auditLog.record(caller, open ? "SCOPE_OPENED" : "SCOPE_CLOSED", "work_type_scope", null,
                year + " " + group.displayName() + " " + type.getCode() + " " + type.getName());
    }

    /** Replaces a year's lines with {@code lines} (already checked by the reader); audited with the count. */
    @Transactional
    public int replaceYear(Caller caller, int year, Collection<WorkTypeScope> lines) {
        requireEditor(caller, year);
        scopes.deleteAll(scopes.findByYear(year));
        scopes.flush();
        scopes.saveAll(lines.stream().map(s -> new WorkTypeScope(year, s.getLevelGroup(), s.getWorkTypeCode())).toList());
        catalog.reload();
        auditLog.record(caller, "SCOPE_YEAR_IMPORTED", "work_type_scope", null, year + "，" + lines.size() + " 条");
        return lines.size();
    }

    private void requireEditor(Caller caller, int year) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        if (caller.is(Role.EXAM_OFFICE) && organisations.findById(caller.organisationId())
                .filter(office -> office.getJurisdictionLevel() == JurisdictionLevel.PROVINCE).isEmpty()) {
            throw DomainException.forbidden("考评范围由省级工考办设定");
        }
        if (year < LocalDate.now(clock).getYear() || year > LocalDate.now(clock).getYear() + 1) {
            throw DomainException.invalid("SCOPE_YEAR_CLOSED", "year", "只能设定今年或明年的考评范围");
        }
    }
}
