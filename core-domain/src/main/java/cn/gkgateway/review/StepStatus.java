package cn.gkgateway.review;

public enum StepStatus {
    /** Not reached yet. */
    WAITING("待流转"),
    /** The current step, awaiting its organisation's decision. */
    PENDING("待审核"),
    DONE("已审核"),
    /** Not reached because an earlier step rejected or returned. */
    CLOSED("已终止");

    private final String displayName;

    StepStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
