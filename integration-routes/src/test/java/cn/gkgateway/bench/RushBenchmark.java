package cn.gkgateway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of {@code ./scripts/bench rush}: one client thread per unit operator account, each signing in
 * through {@code POST /api/auth/login} and then submitting its unit's workers one after the other through
 * {@code POST /api/declarations} (a closed loop: the next request leaves when the answer arrived). Warms up for
 * the given seconds, then measures rounds of the given seconds each: submits per second, latency percentiles,
 * non-2xx answers, and SQL statements per submit from MariaDB's user statistics of the bench's own database user
 * (when {@code userstat} is on) over each round.
 *
 * <p>Arguments: base URL, accounts file (one line per client: username, then the worker ids it submits),
 * warm-up seconds, rounds, seconds per round, JDBC URL of the database server, the bench's database user.
 * Prints one {@code ROUND} line per round and a {@code RESULT} line.
 */
public final class RushBenchmark {

    private static final String PASSWORD = "Gk@123456";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final AtomicBoolean stop = new AtomicBoolean();
    /** Sign-ins are a few at a time: a password check costs a deliberately slow hash, 100 at once time out on 2 cores. */
    private final Semaphore signingIn = new Semaphore(4);
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicLong outOfWorkers = new AtomicLong();
    /** Latencies in microseconds of the current window, and their count; swapped at each round boundary. */
    private volatile Window window = new Window();

    private static final class Window {
        final long[] micros = new long[2_000_000];
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        void add(long value) {
            int i = count.getAndIncrement();
            if (i < micros.length) {
                micros[i] = value;
            }
        }
    }

    private RushBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int warmupSeconds = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int roundSeconds = Integer.parseInt(args[4]);
        String jdbcUrl = args[5];
        String dbUser = args[6];
        new RushBenchmark(base).run(lines, warmupSeconds, rounds, roundSeconds, jdbcUrl, dbUser);
    }

    private void run(List<String> lines, int warmupSeconds, int rounds, int roundSeconds, String jdbcUrl, String dbUser)
            throws Exception {
        int clients = lines.size();
        CountDownLatch signedIn = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            long[] workers = Arrays.stream(parts, 1, parts.length).mapToLong(Long::parseLong).toArray();
            Thread thread = new Thread(() -> client(parts[0], workers, signedIn, go), "client-" + parts[0]);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        signedIn.await();
        if (errors.get() > 0) {
            throw new IllegalStateException(errors.get() + " clients could not sign in");
        }
        System.out.println("bench rush: " + clients + " clients signed in; warm-up " + warmupSeconds + " s");
        go.countDown();
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            Thread.sleep(Math.min(10_000, Math.max(1, (warmupEnd - System.nanoTime()) / 1_000_000)));
            Window w = swap();
            System.out.printf("bench rush: warm-up: %d submits, %d failed so far, p99 %d ms%n", w.count.get(), errors.get(),
                    percentile(w, 0.99) / 1000);
        }
        int errorsAfterWarmup = errors.get();
        List<Double> rates = new ArrayList<>();
        long sqlTotal = 0;
        long submitsTotal = 0;
        List<long[]> allLatencies = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", System.getenv().getOrDefault("GK_BENCH_DB_PASSWORD", ""))) {
            swap();
            for (int r = 1; r <= rounds; r++) {
                Map<String, Long> before = userStatistics(db, dbUser);
                long started = System.nanoTime();
                Thread.sleep(roundSeconds * 1000L);
                Window w = swap();
                long ended = System.nanoTime();
                Map<String, Long> after = userStatistics(db, dbUser);
                int n = Math.min(w.count.get(), w.micros.length);
                double rate = n / ((ended - started) / 1e9);
                rates.add(rate);
                submitsTotal += n;
                long[] sorted = Arrays.copyOf(w.micros, n);
                Arrays.sort(sorted);
                allLatencies.add(sorted);
                String sql = "n/a";
                if (!before.isEmpty() && !after.isEmpty()) {
                    long selects = after.get("SELECT_COMMANDS") - before.get("SELECT_COMMANDS");
                    long updates = after.get("UPDATE_COMMANDS") - before.get("UPDATE_COMMANDS");
                    long other = after.get("OTHER_COMMANDS") - before.get("OTHER_COMMANDS");
                    long commits = after.get("COMMIT_TRANSACTIONS") - before.get("COMMIT_TRANSACTIONS");
                    sqlTotal += selects + updates;
                    // OTHER_COMMANDS counts the COMMIT statements (one per transaction); COMMIT_TRANSACTIONS counts the
                    // storage engine's commits, one per statement and COMMIT, so it is no count of transactions
                    sql = String.format("%.2f (%.2f select, %.2f insert/update/delete; %.2f other (COMMIT), %.2f engine commits)",
                            (selects + updates) / (double) n, selects / (double) n, updates / (double) n, other / (double) n,
                            commits / (double) n);
                }
                System.out.printf("ROUND %d rate=%.0f p50=%d p95=%d p99=%d failed=%d sqlPerSubmit=%s%n", r, rate,
                        at(sorted, 0.50) / 1000, at(sorted, 0.95) / 1000, at(sorted, 0.99) / 1000, w.failed.get(), sql);
            }
        }
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        long[] all = allLatencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        List<Double> sortedRates = new ArrayList<>(rates);
        sortedRates.sort(null);
        System.out.printf("RESULT median=%.0f rounds=%s p50=%.1f p95=%.1f p99=%.1f errors=%d warmupErrors=%d submits=%d sqlPerSubmit=%s outOfWorkers=%d%n",
                sortedRates.get(sortedRates.size() / 2),
                String.join(",", rates.stream().map(rate -> String.valueOf(Math.round(rate))).toList()),
                at(all, 0.50) / 1000.0, at(all, 0.95) / 1000.0, at(all, 0.99) / 1000.0, errors.get() - errorsAfterWarmup,
                errorsAfterWarmup, submitsTotal, sqlTotal == 0 ? "n/a" : String.format("%.2f", sqlTotal / (double) submitsTotal),
                outOfWorkers.get());
    }

    private Window swap() {
        Window old = window;
        window = new Window();
        return old;
    }

    private static long percentile(Window w, double p) {
        int n = Math.min(w.count.get(), w.micros.length);
        long[] sorted = Arrays.copyOf(w.micros, n);
        Arrays.sort(sorted);
        return at(sorted, p);
    }

    private static long at(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** MariaDB's statement counters of the bench's database user ({@code userstat=1}); empty when off. */
    private static Map<String, Long> userStatistics(Connection db, String user) throws Exception {
        Map<String, Long> stats = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS, COMMIT_TRANSACTIONS"
                     + " FROM information_schema.USER_STATISTICS WHERE USER = '" + user.replace("'", "") + "'")) {
            if (rs.next()) {
                for (String column : List.of("SELECT_COMMANDS", "UPDATE_COMMANDS", "OTHER_COMMANDS", "COMMIT_TRANSACTIONS")) {
                    stats.put(column, rs.getLong(column));
                }
            }
        }
        return stats;
    }

    private void client(String username, long[] workers, CountDownLatch signedIn, CountDownLatch go) {
        String token;
        try {
            HttpResponse<String> login;
            signingIn.acquire();
            try {
                login = http.send(json("/api/auth/login", null,
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"), HttpResponse.BodyHandlers.ofString());
            } finally {
                signingIn.release();
            }
            Matcher matcher = TOKEN.matcher(login.body());
            if (login.statusCode() != 200 || !matcher.find()) {
                System.out.println("bench rush: " + username + " could not sign in: " + login.statusCode() + " " + login.body());
                errors.incrementAndGet();
                signedIn.countDown();
                return;
            }
            token = matcher.group(1);
        } catch (IOException | InterruptedException e) {
            System.out.println("bench rush: " + username + " could not sign in: " + e);
            errors.incrementAndGet();
            signedIn.countDown();
            return;
        }
        signedIn.countDown();
        try {
            go.await();
        } catch (InterruptedException e) {
            return;
        }
        int next = 0;
        while (!stop.get()) {
            if (next == workers.length) {
                outOfWorkers.incrementAndGet();
                System.out.println("bench rush: " + username + " ran out of workers");
                return;
            }
            long worker = workers[next++];
            String body = "{\"workerId\":" + worker + ",\"targetLevel\":\"INTERMEDIATE\",\"workTypeCode\":\"SL01\",\"mode\":\"NORMAL\","
                    + "\"contactName\":\"陈红梅\",\"contactPhone\":\"13800000000\",\"commitmentAccepted\":true}";
            long started = System.nanoTime();
            Window w = window;
            try {
                HttpResponse<String> answer = http.send(json("/api/declarations", token, body), HttpResponse.BodyHandlers.ofString());
                long micros = (System.nanoTime() - started) / 1000;
                if (answer.statusCode() / 100 != 2) {
                    int count = errors.incrementAndGet();
                    w.failed.incrementAndGet();
                    if (count <= 5) {
                        System.out.println("bench rush: " + username + " worker " + worker + ": " + answer.statusCode() + " " + answer.body());
                    }
                } else {
                    w.add(micros);
                }
            } catch (IOException | InterruptedException e) {
                int count = errors.incrementAndGet();
                w.failed.incrementAndGet();
                if (count <= 5) {
                    System.out.println("bench rush: " + username + ": " + e);
                }
            }
        }
    }

    private HttpRequest json(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
