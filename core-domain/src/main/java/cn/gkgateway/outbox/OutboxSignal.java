package cn.gkgateway.outbox;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes an idle waiter (a relay, a dispatcher) as soon as there is work in this process, so it
 * need not poll the database often while idle. One signal per kind of work; signals coalesce.
 * Work committed by another instance is found by that instance's own waiter, or by ours at its
 * next idle poll.
 */
@Component
public class OutboxSignal {

    private final Semaphore outbox = new Semaphore(0);

    /** Called after a transaction that appended events has committed. */
    public void appended() {
        if (outbox.availablePermits() == 0) {
            outbox.release();
        }
    }

    /** Waits until {@link #appended()} was called or {@code timeout} passed; clears the signal. */
    public boolean awaitAppended(Duration timeout) throws InterruptedException {
        boolean signalled = outbox.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        outbox.drainPermits();
        return signalled;
    }
}
