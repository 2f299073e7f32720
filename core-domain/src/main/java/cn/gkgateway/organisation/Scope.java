package cn.gkgateway.organisation;

import java.util.Set;

/**
 * The units whose records a caller may see. {@link #everything()} is for the administrator;
 * {@link #nothing()} for a caller with no organisation.
 */
public record Scope(boolean unrestricted, Set<Long> unitIds) {

    public static Scope everything() {
        return new Scope(true, Set.of());
    }

    public static Scope nothing() {
        return new Scope(false, Set.of());
    }

    public static Scope of(Set<Long> unitIds) {
        return new Scope(false, Set.copyOf(unitIds));
    }

    public boolean covers(Long unitId) {
        return unrestricted || unitIds.contains(unitId);
    }
}
