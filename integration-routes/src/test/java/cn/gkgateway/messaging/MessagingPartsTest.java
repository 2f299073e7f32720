package cn.gkgateway.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small parts of the relay and dispatch loops: idle back-off, rate limit, defaults. */
class MessagingPartsTest {

    @Test
    void idleWaitsDoubleUpToTheMaximumAndStartOverAfterWork() {
        IdleBackoff idle = new IdleBackoff(Duration.ofMillis(200), Duration.ofSeconds(5));
        List<Long> waits = List.of(idle.idle(), idle.idle(), idle.idle(), idle.idle(), idle.idle(), idle.idle(), idle.idle())
                .stream().map(Duration::toMillis).toList();
        assertThat(waits).containsExactly(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L);
        idle.busy();
        assertThat(idle.idle()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void theRateLimitHoldsPermitsToTheConfiguredRate() {
        RateLimit limit = new RateLimit(100);
        long started = System.nanoTime();
        for (int i = 0; i < 150; i++) { // a burst of 100, then 50 more at 100/s
            limit.acquire();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }

    @Test
    void aWakeupEndsAnIdleWaitAtOnce() throws InterruptedException {
        Wakeup wakeup = new Wakeup();
        wakeup.wake();
        long started = System.nanoTime();
        assertThat(wakeup.await(Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(wakeup.await(Duration.ofMillis(50))).isFalse();
    }

    @Test
    void anOutageLogsOneLineWhenItStartsAndOneWhenItEnds() {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("state-log-test");
        var lines = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        lines.start();
        logger.addAppender(lines);
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        StateLog state = new StateLog(logger, "Outbox relay");
        for (int poll = 0; poll < 1000; poll++) {
            state.failed(new IllegalStateException("broker unreachable"));
        }
        assertThat(state.downReason()).contains("broker unreachable");
        state.ok();
        state.ok();
        assertThat(lines.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getLevel)
                .containsExactly(ch.qos.logback.classic.Level.WARN, ch.qos.logback.classic.Level.INFO);
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNull());
        assertThat(state.downReason()).isNull();
    }

    @Test
    void defaultsRetryForAboutHalfAnHour() {
        MessagingProperties defaults = new MessagingProperties(0, null, null, 0, 0, 0, 0, null, null, null, null);
        assertThat(defaults.smsRetryDelays().stream().reduce(Duration.ZERO, Duration::plus)).isGreaterThan(Duration.ofMinutes(30));
        assertThat(defaults.relayIdleMax()).isEqualTo(Duration.ofSeconds(5));
    }
}
