package cn.gkgateway.notification;

/**
 * A message the provider did not accept, and what that means for the ledger row:
 * <ul>
 *   <li>{@link Kind#RETRYABLE}: not delivered (unreachable, busy, 5xx); try again later.</li>
 *   <li>{@link Kind#UNKNOWN}: the request left and no answer came (read timeout); it may have been
 *       delivered. Resend only with the same idempotency key.</li>
 *   <li>{@link Kind#AUTH}: the provider refused our credentials (401/403): a configuration fault
 *       that affects every message; keep retrying, never park.</li>
 *   <li>{@link Kind#REFUSED}: this message can never be delivered (bad number, template rejected).</li>
 * </ul>
 */
public class SmsSendFailure extends RuntimeException {

    public enum Kind { RETRYABLE, UNKNOWN, AUTH, REFUSED }

    private final Kind kind;

    public SmsSendFailure(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
