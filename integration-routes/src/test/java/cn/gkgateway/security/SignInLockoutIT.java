package cn.gkgateway.security;

import cn.gkgateway.identity.Account;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Lock-out that holds under parallel guesses, and answers that do not tell which usernames exist. */
class SignInLockoutIT extends GatewayIntegrationTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void parallelGuessesGetNoMoreThanFiveTriesAndTheLockHoldsThirtyMinutes() throws Exception {
        String username = testAccounts.unitOperator();
        List<Answer> answers = guessInParallel(username, 40);
        long badCredentials = answers.stream().filter(a -> "AUTH_BAD_CREDENTIALS".equals(a.code())).count();
        long locked = answers.stream().filter(a -> "AUTH_ACCOUNT_LOCKED".equals(a.code())).count();
        assertThat(badCredentials).as("counted tries answered 'bad credentials'").isLessThanOrEqualTo(5);
        assertThat(badCredentials + locked).as("every answer is one of the two").isEqualTo(40);
        assertThat(answers).allMatch(a -> a.status() == 401 || a.status() == 423);

        Answer right = login(username, PASSWORD);
        assertThat(right.status()).as("the right password does not open a locked account").isEqualTo(423);
        assertThat(right.body().path("message").asText()).startsWith("连续 5 次密码错误，账号已锁定，请于 ");
        Account account = testAccounts.byUsername(username);
        assertThat(account.getLockedUntil()).as("locked for thirty minutes by the gateway's clock")
                .isCloseTo(clock.instant().plus(Duration.ofMinutes(30)), within(Duration.ofMinutes(1)));

        // in a transaction of its own: the pool does not auto-commit
        transactions.executeWithoutResult(status ->
                jdbc.update("UPDATE account SET locked_until = DATE_SUB(locked_until, INTERVAL 31 MINUTE) WHERE username = ?", username));
        assertThat(login(username, PASSWORD).status()).as("thirty minutes later the right password opens it").isEqualTo(200);
    }

    @Test
    void parallelGuessesAtAnUnknownNameLockItToo() throws Exception {
        // several rounds: the first failures of a new name race to create its counter
        for (int round = 0; round < 3; round++) {
            String unknown = "nobody_" + round + "_" + System.nanoTime();
            List<Answer> answers = guessInParallel(unknown, 40);
            assertThat(answers.stream().filter(a -> "AUTH_BAD_CREDENTIALS".equals(a.code())).count()).isLessThanOrEqualTo(5);
            assertThat(login(unknown, PASSWORD).code()).isEqualTo("AUTH_ACCOUNT_LOCKED");
        }
    }

    @Test
    void anUnknownNameAnswersExactlyLikeARealOneAndAsSlowly() {
        String known = testAccounts.unitOperator();
        String unknown = "ghost_" + System.nanoTime();
        login("warm_up_" + System.nanoTime(), "wrong-1");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            long start = System.nanoTime();
            Answer real = login(known, "wrong-" + attempt);
            knownTimes.add(System.nanoTime() - start);
            start = System.nanoTime();
            Answer ghost = login(unknown, "wrong-" + attempt);
            unknownTimes.add(System.nanoTime() - start);
            assertThat(ghost.status()).isEqualTo(real.status());
            assertThat(ghost.code()).isEqualTo(real.code());
            if (attempt < 5) {
                assertThat(ghost.body().path("message").asText()).isEqualTo(real.body().path("message").asText())
                        .isEqualTo("用户名或密码错误，还可尝试 " + (5 - attempt) + " 次");
            } else {
                assertThat(ghost.code()).isEqualTo("AUTH_ACCOUNT_LOCKED");
            }
        }
        double ratio = (double) median(unknownTimes) / median(knownTimes);
        assertThat(ratio).as("median time of an unknown name / of a real one").isBetween(0.5, 2.0);
    }

    private List<Answer> guessInParallel(String username, int guesses) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String password = "wrong-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return login(username, password);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private Answer login(String username, String password) {
        return api.post(null, "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
