package cn.gkgateway.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for asynchronous work (routes, the broker) to show its outcome. */
public final class Eventually {

    private Eventually() {
    }

    /** Polls every 100 ms until the condition holds; fails after {@code timeout}. */
    public static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** Polls every 100 ms until the condition holds or {@code timeout} passes, and returns either way (the caller asserts). */
    public static void awaitQuietly(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }
}
