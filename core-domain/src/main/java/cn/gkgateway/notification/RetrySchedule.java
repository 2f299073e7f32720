package cn.gkgateway.notification;

import java.time.Duration;
import java.util.List;

/**
 * How long to wait before each further attempt of a message. After the first failed attempt the
 * first delay applies, and so on; once the list is used up the message has failed for good —
 * except for a provider credential fault, which keeps retrying at the last delay.
 */
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        if (delays == null || delays.isEmpty()) {
            throw new IllegalArgumentException("at least one retry delay is needed");
        }
        delays = List.copyOf(delays);
    }

    /** @param attemptsMade attempts including the one that just failed (≥ 1) */
    public boolean exhausted(int attemptsMade) {
        return attemptsMade > delays.size();
    }

    /** The wait after the {@code attemptsMade}-th failed attempt; the last delay once the list is used up. */
    public Duration delayAfter(int attemptsMade) {
        return delays.get(Math.min(Math.max(attemptsMade, 1), delays.size()) - 1);
    }

    public Duration total() {
        return delays.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
