package cn.gkgateway.organisation;

/**
 * The units whose records a caller may see, as a rule rather than a list, so that a
 * province-wide exam office does not carry every unit id around: everything, one unit, the
 * units a department supervises, the units of a region, or nothing. Repositories turn it into
 * a query condition with {@link #all()}, {@link #unitId()}, {@link #supervisorId()} and
 * {@link #regionPrefix()} (unused parts are null).
 */
public record Scope(boolean all, Long unitId, Long supervisorId, String regionPrefix) {

    /** A region prefix that no region code starts with, so that an unused condition matches nothing. */
    private static final String NO_REGION = "#";

    public static Scope everything() {
        return new Scope(true, null, null, null);
    }

    public static Scope nothing() {
        return new Scope(false, null, null, null);
    }

    public static Scope unit(long unitId) {
        return new Scope(false, unitId, null, null);
    }

    public static Scope supervisedBy(long departmentId) {
        return new Scope(false, null, departmentId, null);
    }

    public static Scope region(String prefix) {
        return new Scope(false, null, null, prefix);
    }

    public boolean covers(Organisation unit) {
        if (all) {
            return true;
        }
        if (unitId != null) {
            return unitId.equals(unit.getId());
        }
        if (supervisorId != null) {
            return supervisorId.equals(unit.getSupervisorId());
        }
        return regionPrefix != null && unit.getRegionCode().startsWith(regionPrefix);
    }

    /** For queries: the unit id to match, or -1 when there is none. */
    public long unitIdOrNone() {
        return unitId == null ? -1 : unitId;
    }

    /** For queries: the supervising department to match, or -1 when there is none. */
    public long supervisorIdOrNone() {
        return supervisorId == null ? -1 : supervisorId;
    }

    /** For queries: the region prefix to match, or one that matches nothing. */
    public String regionPrefixOrNone() {
        return regionPrefix == null ? NO_REGION : regionPrefix;
    }

    /**
     * The scope as one SQL condition over a unit id column and the alias of that unit's {@code organisation} row;
     * bind {@link #sqlParameters()} in order.
     */
    public static String sqlCondition(String unitIdColumn, String organisationAlias) {
        return "(? OR " + unitIdColumn + " = ? OR " + organisationAlias + ".supervisor_id = ? OR "
                + organisationAlias + ".region_code LIKE ?)";
    }

    /** The parameters of {@link #sqlCondition(String, String)}. */
    public java.util.List<Object> sqlParameters() {
        return java.util.List.of(all, unitIdOrNone(), supervisorIdOrNone(), regionPrefixOrNone() + "%");
    }
}
