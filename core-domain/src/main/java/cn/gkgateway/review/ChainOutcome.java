package cn.gkgateway.review;

/** Where a chain stands after a decision. */
public enum ChainOutcome {
    /** Approved by this step; the next step is now pending. */
    ADVANCED,
    /** Approved by the last step: the subject is approved. */
    APPROVED,
    REJECTED,
    RETURNED
}
