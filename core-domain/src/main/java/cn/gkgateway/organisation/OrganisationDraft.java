package cn.gkgateway.organisation;

/**
 * An organisation as it would be after a create, edit, move or import row, with every field
 * already parsed; the policies judge drafts. {@code id} is null for a new organisation.
 */
public record OrganisationDraft(Long id, OrganisationKind kind, String name, String creditCode, UnitCategory category,
                                JurisdictionLevel level, String regionCode, Long parentId, Long supervisorId) {

    static OrganisationDraft of(Organisation existing) {
        return new OrganisationDraft(existing.getId(), existing.getKind(), existing.getName(), existing.getCreditCode(),
                existing.getCategory(), existing.getJurisdictionLevel(), existing.getRegionCode(), existing.getParentId(),
                existing.getSupervisorId());
    }

    OrganisationDraft withPlace(Long newParentId, Long newSupervisorId) {
        return new OrganisationDraft(id, kind, name, creditCode, category, level, regionCode, newParentId, newSupervisorId);
    }
}
