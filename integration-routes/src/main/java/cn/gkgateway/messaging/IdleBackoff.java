package cn.gkgateway.messaging;

import java.time.Duration;

/** The wait of a polling loop that found nothing: doubles from {@code min} to {@code max}, back to {@code min} after work. */
final class IdleBackoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    IdleBackoff(Duration min, Duration max) {
        this.min = min;
        this.max = max.compareTo(min) < 0 ? min : max;
        this.next = min;
    }

    /** @return how long to wait now; the following call waits twice as long, up to the maximum */
    synchronized Duration idle() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return wait;
    }

    synchronized void busy() {
        next = min;
    }
}
