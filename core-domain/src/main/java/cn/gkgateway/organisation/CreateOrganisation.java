package cn.gkgateway.organisation;

/**
 * Creates an exam office, a supervising department or a unit. Text arrives as typed; the
 * service checks every field and policy and answers with every problem at once. A unit
 * without a parent hangs under its supervising department.
 */
public record CreateOrganisation(OrganisationKind kind, String name, String creditCode, UnitCategory category,
                                 JurisdictionLevel level, String regionCode, Long parentId, Long supervisorId) {
}
