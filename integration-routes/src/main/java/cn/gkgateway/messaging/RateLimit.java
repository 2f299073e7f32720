package cn.gkgateway.messaging;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A token bucket: at most {@code perSecond} permits a second, with a burst of one second's worth.
 * Small enough to keep here rather than add a rate-limiting library for one call site.
 */
final class RateLimit {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last = System.nanoTime();

    /** @param perSecond 0 or less: no limit */
    RateLimit(int perSecond) {
        this.perNano = perSecond <= 0 ? 0 : perSecond / (double) TimeUnit.SECONDS.toNanos(1);
        this.capacity = Math.max(1, perSecond);
        this.tokens = capacity;
    }

    /** Blocks until a permit is available. */
    void acquire() {
        if (perNano == 0) {
            return;
        }
        long waitNanos;
        while ((waitNanos = tryTake()) > 0) {
            LockSupport.parkNanos(waitNanos);
        }
    }

    private synchronized long tryTake() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }
}
