package cn.gkgateway.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Every unit names its supervising department (主管部门): an open department whose region
 * covers the unit's region (the same region subtree). Exam offices and departments have none.
 */
public final class SupervisionPolicy implements OrganisationPolicy {

    static final String RULE = "supervision";

    @Override
    public List<OrganisationRejection> check(OrganisationDraft draft, OrganisationDirectory directory) {
        if (draft.kind() != OrganisationKind.UNIT) {
            return draft.supervisorId() == null ? List.of() : List.of(OrganisationRejection.invalid(RULE,
                    "ORGANISATION_SUPERVISOR_NOT_ALLOWED", "supervisorId", "只有单位需要选择主管部门"));
        }
        if (draft.supervisorId() == null) {
            return List.of(OrganisationRejection.invalid(RULE, "ORGANISATION_SUPERVISOR_REQUIRED", "supervisorId", "请选择单位的主管部门"));
        }
        Optional<Organisation> found = directory.byId(draft.supervisorId());
        if (found.isEmpty()) {
            return List.of(OrganisationRejection.invalid(RULE, "ORGANISATION_SUPERVISOR_NOT_FOUND", "supervisorId", "主管部门不存在，请重新选择"));
        }
        Organisation supervisor = found.get();
        if (supervisor.getKind() != OrganisationKind.DEPARTMENT) {
            return List.of(OrganisationRejection.rejected(RULE, "ORGANISATION_SUPERVISOR_KIND", "supervisorId",
                    "“" + supervisor.getName() + "”是" + supervisor.getKind().displayName() + "，不是主管部门"));
        }
        if (!supervisor.isActive()) {
            return List.of(OrganisationRejection.rejected(RULE, "ORGANISATION_SUPERVISOR_CLOSED", "supervisorId",
                    "主管部门“" + supervisor.getName() + "”已关闭，请选择其他主管部门"));
        }
        if (draft.regionCode() != null && !supervisor.governs(draft.regionCode())) {
            return List.of(OrganisationRejection.rejected(RULE, "ORGANISATION_SUPERVISOR_REGION", "supervisorId",
                    "主管部门“" + supervisor.getName() + "”（" + supervisor.getRegionCode() + "）不管辖行政区划 "
                            + draft.regionCode() + "，请选择同一区域内的主管部门"));
        }
        return List.of();
    }
}
