package cn.gkgateway.declaration;

/**
 * Where a declaration stands. DRAFT (暂存, in 单位办件) → UNDER_REVIEW → APPROVED, REJECTED or
 * RETURNED; RETURNED → UNDER_REVIEW again when its author resubmits; UNDER_REVIEW → WITHDRAWN
 * while no reviewer has decided. Rejected and withdrawn declarations are no longer "live": they
 * do not block a new declaration of the same worker, level and year.
 */
public enum DeclarationStatus {
    DRAFT("暂存"),
    UNDER_REVIEW("审核中"),
    APPROVED("审核通过"),
    REJECTED("审核不通过"),
    RETURNED("退回补充"),
    WITHDRAWN("已撤回");

    private final String displayName;

    DeclarationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether a declaration in this status blocks another of the same worker, level and year. */
    public boolean live() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
