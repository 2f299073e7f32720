package cn.gkgateway.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(10)));

    @Test
    void waitsLongerAfterEachFailedAttemptThenGivesUp() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.exhausted(3)).isFalse();
        assertThat(schedule.exhausted(4)).isTrue();
        // a credential fault keeps retrying at the last delay
        assertThat(schedule.delayAfter(40)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theDefaultScheduleSpansMoreThanHalfAnHour() {
        var defaults = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(10)));
        assertThat(defaults.total()).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
    }
}
