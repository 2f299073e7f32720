package cn.gkgateway.organisation;

/** Moves an organisation to a new parent and/or (units only) a new supervising department. */
public record MoveOrganisation(Long parentId, Long supervisorId) {
}
