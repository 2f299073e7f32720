package cn.gkgateway.clock;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MutableClock;
import cn.gkgateway.support.TestIdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything reads one clock, in Shanghai time: the demo plan's windows were computed from it,
 * they close when it passes their end, and tokens expire by it.
 */
class OneClockIT extends GatewayIntegrationTest {

    @Autowired
    Clock clock;
    @Autowired
    MutableClock testClock;

    @AfterEach
    void backToTheStart() {
        testClock.reset();
    }

    @Test
    void theGatewaysClockIsTheTestClockInShanghai() {
        assertThat(clock).isSameAs(testClock);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void registrationClosesWhenTheClockPassesTheWindow() {
        String unit = login("danwei");
        long workerId = created(api.post(unit, "/api/roster/workers", Fixtures.worker("褚", TestIdNumbers.next(), "13912345678", "FW01", "2005-07-01")));
        // the demo plan's windows run from 30 days before the clock's start to 60 days after: 2026-08-14 is the last day
        testClock.setTo(OffsetDateTime.parse("2026-08-15T00:00:01+08:00").toInstant());
        String lateUnit = login("danwei");
        Answer late = api.post(lateUnit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01"));
        assertThat(late.status()).as(late.raw()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("WINDOW_CLOSED");
        assertThat(late.body().path("message").asText()).contains("已于2026年8月14日 23:59截止");
        testClock.setTo(OffsetDateTime.parse("2026-08-14T23:59:00+08:00").toInstant());
        Answer lastDay = api.post(lateUnit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01"));
        assertThat(lastDay.status()).as(lastDay.raw()).isEqualTo(201);
    }

    @Test
    void tokensExpireByTheGatewaysClock() {
        String token = login("danwei");
        assertThat(api.get(token, "/api/roster/workers").status()).isEqualTo(200);
        testClock.advance(Duration.ofHours(9));
        Answer expired = api.get(token, "/api/roster/workers");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("AUTH_REQUIRED");
    }

    private static long created(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().path("id").asLong();
    }
}
