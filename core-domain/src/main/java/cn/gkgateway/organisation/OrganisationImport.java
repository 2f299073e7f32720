package cn.gkgateway.organisation;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Creates organisations from the rows of an import file, all or nothing: every row is checked
 * with the same policies as a single create, every fault of every row is reported at once,
 * and a file with any fault saves nothing. Rows may name departments and parents created by
 * earlier rows of the same file.
 */
@Service
public class OrganisationImport {

    public static final int MAX_ROWS = 2000;
    static final Map<String, String> COLUMNS = Map.of("name", "名称", "kind", "类型", "creditCode", "统一社会信用代码",
            "category", "单位类别", "jurisdictionLevel", "层级", "regionCode", "行政区划代码", "supervisorId", "主管部门",
            "parentId", "上级单位");

    private final OrganisationService service;
    private final AuditLog auditLog;

    public OrganisationImport(OrganisationService service, AuditLog auditLog) {
        this.service = service;
        this.auditLog = auditLog;
    }

    /** @return the organisations created, in row order; throws {@link OrganisationImportRejected} when any row is faulty */
    @Transactional(rollbackFor = Exception.class)
    public List<Organisation> importRows(Caller caller, List<OrganisationRow> rows) {
        service.requireManager(caller);
        if (rows.isEmpty()) {
            throw DomainException.invalid("IMPORT_EMPTY", "file", "文件中没有数据行：请从第2行起填写，每行一个机构");
        }
        if (rows.size() > MAX_ROWS) {
            throw DomainException.invalid("IMPORT_TOO_MANY_ROWS", "file", "一次最多导入 " + MAX_ROWS + " 行，请分批导入");
        }
        List<RowFault> faults = new ArrayList<>();
        List<Organisation> created = new ArrayList<>();
        for (OrganisationRow row : rows) {
            if (!row.formulaColumns().isEmpty()) {
                row.formulaColumns().forEach(column -> faults.add(new RowFault(row.rowNumber(), column, "IMPORT_FORMULA",
                        "单元格含有公式，请改为直接填写内容（可复制后“选择性粘贴-数值”）")));
                continue;
            }
            List<OrganisationRejection> problems = new ArrayList<>();
            OrganisationKind kind = choice(row.kind(), OrganisationKind::fromDisplayName, "kind", "类型应为 工考办、主管部门 或 单位", true, problems);
            UnitCategory category = choice(row.category(), UnitCategory::fromDisplayName, "category", "单位类别应为 行政 或 事业", false, problems);
            JurisdictionLevel level = choice(row.level(), JurisdictionLevel::fromDisplayName, "jurisdictionLevel", "层级应为 省级、市级 或 县区级", false, problems);
            Long supervisorId = reference(row.supervisorName(), "supervisorId", "主管部门", problems);
            Long parentId = reference(row.parentName(), "parentId", "上级单位", problems);
            OrganisationFields.Parsed parsed = OrganisationFields.parse(null, kind, row.name(), row.creditCode(), category, level,
                    row.regionCode(), parentId, supervisorId);
            // a field already refused as typed (an unknown 类型, say) is not reported again as missing
            parsed.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field()))).forEach(problems::add);
            List<OrganisationRejection> rejections = problems.isEmpty()
                    ? service.rejectionsFor(caller, OrganisationService.placed(parsed.draft()), List.of())
                    : problems;
            if (rejections.isEmpty()) {
                Organisation organisation = service.save(OrganisationService.placed(parsed.draft()));
                auditLog.record(caller, "ORGANISATION_IMPORTED", OrganisationService.AUDIT_TARGET, organisation.getId(),
                        "第" + row.rowNumber() + "行：" + service.describe(organisation));
                created.add(organisation);
            } else {
                rejections.forEach(r -> faults.add(new RowFault(row.rowNumber(), COLUMNS.getOrDefault(r.field(), r.field()), r.code(), r.reason())));
            }
        }
        if (!faults.isEmpty()) {
            throw new OrganisationImportRejected(faults);
        }
        return created;
    }

    private static <T> T choice(String text, Function<String, Optional<T>> lookup, String field, String reason, boolean required,
                                List<OrganisationRejection> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(OrganisationRejection.invalid("fields", "IMPORT_VALUE_REQUIRED", field, "请填写" + COLUMNS.get(field)));
            }
            return null;
        }
        Optional<T> value = lookup.apply(text.strip());
        if (value.isEmpty()) {
            problems.add(OrganisationRejection.invalid("fields", "IMPORT_VALUE_UNKNOWN", field, reason + "（当前为“" + shorten(text) + "”）"));
        }
        return value.orElse(null);
    }

    private Long reference(String name, String field, String title, List<OrganisationRejection> problems) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<Organisation> found = service.directory().byName(name.strip());
        if (found.isEmpty()) {
            problems.add(OrganisationRejection.invalid("fields", "IMPORT_REFERENCE_NOT_FOUND", field, title + "“" + shorten(name)
                    + "”不存在：应为本文件中靠前的行或已有的机构（按全称填写）"));
            return null;
        }
        return found.get().getId();
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }
}
