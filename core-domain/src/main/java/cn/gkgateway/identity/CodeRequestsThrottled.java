package cn.gkgateway.identity;

import java.time.Duration;

/** Too many code requests for a phone or from a client address; {@link #retryAfter()} says how long to wait. */
public class CodeRequestsThrottled extends RuntimeException {

    public static final String CODE = "SMS_CODE_TOO_FREQUENT";

    private final Duration retryAfter;

    public CodeRequestsThrottled(Duration retryAfter) {
        super(message(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static String message(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String when = seconds <= 60 ? seconds + " 秒" : ((seconds + 59) / 60) + " 分钟";
        return "获取验证码过于频繁，请 " + when + "后再试";
    }
}
