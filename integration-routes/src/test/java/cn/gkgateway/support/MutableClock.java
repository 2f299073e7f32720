package cn.gkgateway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The tests' clock: it starts at a chosen instant (by default {@link #START}, a day inside the
 * demo plan's windows whatever today is) and then runs on with real elapsed time, so timeouts,
 * token lifetimes and ordering still behave. Tests may move it and must {@link #reset()} after.
 */
public final class MutableClock extends Clock {

    /** 2026-06-15 10:00 in Shanghai. */
    public static final Instant START = OffsetDateTime.parse("2026-06-15T10:00:00+08:00").toInstant();

    private final ZoneId zone;
    private volatile Instant base = START;
    private volatile long baseNanos = System.nanoTime();

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on the clock reads {@code instant} plus the real time elapsed since this call. */
    public void setTo(Instant instant) {
        baseNanos = System.nanoTime();
        base = instant;
    }

    public void advance(Duration duration) {
        setTo(instant().plus(duration));
    }

    /** Back to {@link #START} (plus real time from now). */
    public void reset() {
        setTo(START);
    }

    @Override
    public Instant instant() {
        return base.plusNanos(System.nanoTime() - baseNanos);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock clock = new MutableClock(other);
        clock.base = base;
        clock.baseNanos = baseNanos;
        return clock;
    }
}
