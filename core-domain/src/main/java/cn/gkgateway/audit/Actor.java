package cn.gkgateway.audit;

/**
 * Whoever an audit entry names as having acted: the signed-in account ({@code identity.Caller}
 * is one). Kept here so that the audit log needs nothing from the features it serves.
 */
public interface Actor {

    long accountId();

    String username();

    /** The role's stable name, e.g. {@code UNIT_OPERATOR}. */
    String roleName();
}
