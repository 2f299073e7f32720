package cn.gkgateway.organisation;

/** Edits what describes an organisation; its place in the tree changes with {@link MoveOrganisation}. */
public record UpdateOrganisation(String name, String creditCode, UnitCategory category, JurisdictionLevel level,
                                 String regionCode) {
}
