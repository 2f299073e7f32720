package cn.gkgateway.security;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens end within seconds of a lock, logout or password change; idle sessions expire; signed
 * tokens without a proper caller or session are refused with 401 in the one error shape.
 */
class SessionRevocationIT extends GatewayIntegrationTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.gkgateway.identity.SignInSessions sessions;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    JwtEncoder encoder;

    @Test
    void aLockedAccountsEarlierTokenStopsWorkingWithinSeconds() throws Exception {
        String username = testAccounts.unitOperator();
        String token = login(username);
        assertThat(api.get(token, "/api/roster/workers").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            api.post(null, "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"wrong\"}");
        }
        Eventually.await(() -> api.get(token, "/api/roster/workers").status() == 401, WITHIN_SECONDS);
        Answer answer = api.get(token, "/api/roster/workers");
        assertThat(answer.code()).isEqualTo("AUTH_ACCOUNT_LOCKED");
        assertThat(answer.body().path("fieldErrors").isArray()).isTrue();
    }

    @Test
    void logoutEndsTheSessionAndOldSessionsAreDeletedAtTheNextSignIn() {
        String username = testAccounts.unitOperator();
        String token = login(username);
        assertThat(api.post(token, "/api/auth/logout", null).status()).isEqualTo(204);
        Answer after = api.get(token, "/api/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("SESSION_ENDED");

        String weekOld = login(username);
        shiftLastSeen(weekOld, Duration.ofDays(8));
        login(username);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_session WHERE id IN (?, ?)", Integer.class,
                TestAccounts.claims(token).path("sid").asText(), TestAccounts.claims(weekOld).path("sid").asText())).isZero();
    }

    @Test
    void changingThePasswordEndsEarlierTokensAndAnswersANewOne() {
        String username = testAccounts.unitOperator();
        String other = login(username);
        String token = login(username);
        Answer changed = api.post(token, "/api/auth/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Neu2pass99\"}");
        assertThat(changed.status()).isEqualTo(200);
        String fresh = changed.body().path("token").asText();
        assertThat(api.get(token, "/api/me").status()).isEqualTo(401);
        assertThat(api.get(other, "/api/me").code()).isEqualTo("SESSION_REVOKED");
        assertThat(api.get(fresh, "/api/me").status()).isEqualTo(200);
        // another instance, without this one's cache, reads the session from the database and refuses the earlier token too
        cn.gkgateway.identity.SessionState stored = sessions.stateOf(TestAccounts.claims(other).path("sid").asText()).orElseThrow();
        assertThat(stored.verdict(stored.accountId(), TestAccounts.claims(other).path("tv").asInt(), java.time.Instant.now(),
                java.time.Duration.ofDays(365))).isEqualTo(cn.gkgateway.identity.SessionState.Verdict.REVOKED);
        assertThat(api.login(username, "Neu2pass99")).isNotBlank();
    }

    @Test
    void anIdleSessionExpiresAndOneInUseIsRenewed() throws Exception {
        String idle = login(testAccounts.unitOperator());
        String busy = login(testAccounts.unitOperator());
        assertThat(api.get(idle, "/api/me").status()).isEqualTo(200);
        shiftLastSeen(idle, Duration.ofMinutes(31));
        Instant shifted = shiftLastSeen(busy, Duration.ofMinutes(29));
        Eventually.await(() -> api.get(idle, "/api/me").status() == 401, WITHIN_SECONDS);
        assertThat(api.get(idle, "/api/me").code()).isEqualTo("SESSION_IDLE_EXPIRED");
        assertThat(api.get(busy, "/api/me").status()).as("29 minutes idle is within the 30").isEqualTo(200);
        Eventually.await(() -> {
            api.get(busy, "/api/me");
            return lastSeen(busy).isAfter(shifted.plus(Duration.ofMinutes(20)));
        }, WITHIN_SECONDS);
    }

    @Test
    void signedTokensWithoutAProperCallerAnswer401() {
        String good = login("danwei");
        var claims = TestAccounts.claims(good);
        Map<String, Object> base = Map.of("sid", claims.path("sid").asText(), "tv", claims.path("tv").asInt(), "name", "x");
        assertRefused(sign(with(base, "uid", claims.path("uid").asLong(), "role", "ROOT")));
        assertRefused(sign(with(base, "role", "ADMIN")));
        assertRefused(sign(Map.of("uid", claims.path("uid").asLong(), "role", "UNIT_OPERATOR", "name", "x")));
        assertRefused(sign(with(base, "uid", "not-a-number", "role", "UNIT_OPERATOR")));
        assertThat(api.get(sign(with(base, "uid", claims.path("uid").asLong(), "role", "UNIT_OPERATOR")), "/api/me").status())
                .as("the same claims, properly formed, are accepted").isEqualTo(200);
    }

    private void assertRefused(String token) {
        Answer answer = api.get(token, "/api/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("AUTH_REQUIRED");
        assertThat(answer.body().path("message").asText()).isEqualTo("登录已失效或尚未登录，请重新登录");
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... more) {
        var all = new HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], more[i + 1]);
        }
        return all;
    }

    private String sign(Map<String, Object> claims) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder().issuer(TokenService.ISSUER).subject("danwei")
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)));
        claims.forEach(builder::claim);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), builder.build())).getTokenValue();
    }

    private Instant shiftLastSeen(String token, Duration back) {
        String sid = TestAccounts.claims(token).path("sid").asText();
        Instant shifted = lastSeen(token).minus(back);
        // in a transaction of its own: the pool does not auto-commit
        transactions.executeWithoutResult(status ->
                jdbc.update("UPDATE sign_in_session SET last_seen_at = ? WHERE id = ?", Timestamp.from(shifted), sid));
        return shifted;
    }

    private Instant lastSeen(String token) {
        String sid = TestAccounts.claims(token).path("sid").asText();
        return jdbc.queryForObject("SELECT last_seen_at FROM sign_in_session WHERE id = ?", Timestamp.class, sid).toInstant();
    }
}
