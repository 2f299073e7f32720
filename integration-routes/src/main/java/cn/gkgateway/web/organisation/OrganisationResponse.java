package cn.gkgateway.web.organisation;

import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.OrganisationStatus;
import cn.gkgateway.organisation.UnitCategory;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** An organisation as shown, with the Chinese names of its enums; {@code children} only in the tree. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrganisationResponse(Long id, String name, OrganisationKind kind, String kindName, String creditCode,
                            UnitCategory category, String categoryName, JurisdictionLevel jurisdictionLevel, String levelName,
                            String regionCode, Long parentId, String parentName, Long supervisorId, String supervisorName,
                            OrganisationStatus status, String statusName, List<OrganisationResponse> children) {

    static OrganisationResponse of(Organisation o, Function<Long, String> names) {
        return new OrganisationResponse(o.getId(), o.getName(), o.getKind(), o.getKind().displayName(), o.getCreditCode(),
                o.getCategory(), o.getCategory() == null ? null : o.getCategory().displayName(), o.getJurisdictionLevel(),
                o.getJurisdictionLevel().displayName(), o.getRegionCode(), o.getParentId(), names.apply(o.getParentId()),
                o.getSupervisorId(), names.apply(o.getSupervisorId()), o.getStatus(), o.getStatus().displayName(), null);
    }

    private OrganisationResponse withChildren(List<OrganisationResponse> nodes) {
        return new OrganisationResponse(id, name, kind, kindName, creditCode, category, categoryName, jurisdictionLevel, levelName,
                regionCode, parentId, parentName, supervisorId, supervisorName, status, statusName, nodes);
    }

    /** The organisations as a forest: roots are those whose parent is not among them. */
    static List<OrganisationResponse> tree(Collection<OrganisationResponse> flat) {
        Map<Long, List<OrganisationResponse>> byParent = new HashMap<>();
        Map<Long, OrganisationResponse> byId = new HashMap<>();
        flat.forEach(o -> byId.put(o.id(), o));
        List<OrganisationResponse> roots = new ArrayList<>();
        for (OrganisationResponse o : flat) {
            if (o.parentId() != null && byId.containsKey(o.parentId()) && !o.parentId().equals(o.id())) {
                byParent.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            } else {
                roots.add(o);
            }
        }
        return roots.stream().map(root -> build(root, byParent, 0)).toList();
    }

    private static OrganisationResponse build(OrganisationResponse node, Map<Long, List<OrganisationResponse>> byParent, int depth) {
        List<OrganisationResponse> children = depth > 64 ? List.of()
                : byParent.getOrDefault(node.id(), List.of()).stream().map(child -> build(child, byParent, depth + 1)).toList();
        return node.withChildren(children);
    }
}
