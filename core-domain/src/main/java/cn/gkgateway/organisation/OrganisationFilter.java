package cn.gkgateway.organisation;

/** Filters of the organisation list; null means "any". {@code name} matches a part of the name, literally. */
public record OrganisationFilter(OrganisationKind kind, OrganisationStatus status, String name) {
}
