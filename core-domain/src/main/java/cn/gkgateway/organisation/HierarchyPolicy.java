package cn.gkgateway.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an organisation may hang in the tree: an exam office under a higher exam office, a
 * department under an exam office or a department, a unit under a department or a unit; the
 * parent open, not below the child's level, governing the child's region; and no cycles.
 */
public final class HierarchyPolicy implements OrganisationPolicy {

    static final String RULE = "hierarchy";
    /** Deeper than any real tree; a longer walk means the stored tree already has a loop. */
    private static final int MAX_DEPTH = 64;

    @Override
    public List<OrganisationRejection> check(OrganisationDraft draft, OrganisationDirectory directory) {
        if (draft.parentId() == null) {
            return List.of();
        }
        Optional<Organisation> found = directory.byId(draft.parentId());
        if (found.isEmpty()) {
            return List.of(OrganisationRejection.invalid(RULE, "ORGANISATION_PARENT_NOT_FOUND", "parentId", "上级单位不存在，请重新选择"));
        }
        Organisation parent = found.get();
        List<OrganisationRejection> rejections = new ArrayList<>();
        if (createsCycle(draft, parent, directory)) {
            rejections.add(OrganisationRejection.rejected(RULE, "ORGANISATION_CYCLE", "parentId",
                    "不能把机构迁移到它自己或它的下级机构“" + parent.getName() + "”之下，请选择其他上级单位"));
            return rejections;
        }
        if (!allowedParent(draft.kind(), parent.getKind())) {
            rejections.add(OrganisationRejection.rejected(RULE, "ORGANISATION_PARENT_KIND", "parentId",
                    draft.kind().displayName() + "的上级不能是" + parent.getKind().displayName() + "（" + parent.getName() + "）："
                            + allowedParentsText(draft.kind())));
        }
        if (!parent.isActive()) {
            rejections.add(OrganisationRejection.rejected(RULE, "ORGANISATION_PARENT_CLOSED", "parentId",
                    "上级单位“" + parent.getName() + "”已关闭，请选择其他上级单位"));
        }
        if (draft.level() != null && tooHigh(draft, parent)) {
            rejections.add(OrganisationRejection.rejected(RULE, "ORGANISATION_LEVEL_ABOVE_PARENT", "jurisdictionLevel",
                    draft.kind().displayName() + "的层级（" + draft.level().displayName() + "）" + (draft.kind() == OrganisationKind.EXAM_OFFICE
                            ? "应低于" : "不能高于") + "上级单位“" + parent.getName() + "”的层级（" + parent.getJurisdictionLevel().displayName() + "）"));
        }
        if (draft.regionCode() != null && !parent.governs(draft.regionCode())) {
            rejections.add(OrganisationRejection.rejected(RULE, "ORGANISATION_PARENT_REGION", "parentId",
                    "行政区划 " + draft.regionCode() + " 不在上级单位“" + parent.getName() + "”的管辖区域（" + parent.getRegionCode() + "）内"));
        }
        return rejections;
    }

    private static boolean createsCycle(OrganisationDraft draft, Organisation parent, OrganisationDirectory directory) {
        if (draft.id() == null) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        Optional<Organisation> current = Optional.of(parent);
        while (current.isPresent() && seen.size() < MAX_DEPTH) {
            Long id = current.get().getId();
            if (draft.id().equals(id) || !seen.add(id)) {
                return true;
            }
            current = directory.byId(current.get().getParentId());
        }
        return seen.size() >= MAX_DEPTH;
    }

    private static boolean tooHigh(OrganisationDraft draft, Organisation parent) {
        if (draft.kind() == OrganisationKind.EXAM_OFFICE) {
            return !parent.getJurisdictionLevel().isAbove(draft.level());
        }
        return draft.level().isAbove(parent.getJurisdictionLevel());
    }

    private static boolean allowedParent(OrganisationKind child, OrganisationKind parent) {
        return switch (child) {
            case EXAM_OFFICE -> parent == OrganisationKind.EXAM_OFFICE;
            case DEPARTMENT -> parent == OrganisationKind.EXAM_OFFICE || parent == OrganisationKind.DEPARTMENT;
            case UNIT -> parent == OrganisationKind.DEPARTMENT || parent == OrganisationKind.UNIT;
        };
    }

    private static String allowedParentsText(OrganisationKind child) {
        return switch (child) {
            case EXAM_OFFICE -> "应为上级工考办";
            case DEPARTMENT -> "应为工考办或主管部门";
            case UNIT -> "应为主管部门或单位";
        };
    }
}
