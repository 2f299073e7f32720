package cn.gkgateway.notification;

/**
 * Where an outgoing message stands. {@code PENDING} and {@code UNKNOWN} are due for (re)sending;
 * {@code SENT}, {@code FAILED} and {@code REFUSED} are final until an administrator replays the row.
 */
public enum NotificationStatus {
    PENDING("待发送"),
    SENT("已发送"),
    UNKNOWN("结果未知"),
    FAILED("发送失败"),
    REFUSED("被拒绝");

    private final String displayName;

    NotificationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether an administrator's replay may send this row again (a SENT row never is). */
    public boolean replayable() {
        return this == FAILED || this == REFUSED || this == UNKNOWN;
    }
}
