package cn.gkgateway.messaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A coalescing signal: wakes one idle loop at once instead of letting it wait out its poll interval. */
final class Wakeup {

    private final Semaphore signal = new Semaphore(0);

    void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** @return whether woken before {@code timeout} */
    boolean await(Duration timeout) throws InterruptedException {
        boolean woken = signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
        return woken;
    }
}
