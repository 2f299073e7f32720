package cn.gkgateway.roster;

/** Where a worker stands on the roster. Workers are never deleted: they change status. */
public enum WorkerStatus {
    ACTIVE("在岗"),
    TRANSFERRED_OUT("调出"),
    RETIRED("退休"),
    LEFT("离岗");

    private final String displayName;

    WorkerStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
