package cn.gkgateway.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one browser journey of {@code h5-frontend/e2e} (playwright-core driving Debian's headless
 * Chromium) against a gateway on {@code port}. The script fails the test by exiting non-zero;
 * its output is returned so a test can read the {@code RESULT} line it printed. Screenshots go to
 * {@code target/e2e-screenshots}.
 */
public final class BrowserScripts {

    private static final Path FRONTEND = Path.of("..", "h5-frontend").toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    private BrowserScripts() {
    }

    public static List<String> run(int port, String script, Map<String, String> environment)
            throws IOException, InterruptedException {
        assertThat(Path.of("/usr/bin/chromium")).as("Debian chromium (scripts/test installs it)").exists();
        assertThat(FRONTEND.resolve("node_modules/playwright-core")).as("npm ci in h5-frontend (the Maven build runs it)").exists();
        Files.createDirectories(SCREENSHOTS);
        Path log = Files.createTempFile("e2e-" + script, ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/" + script)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("BASE_URL", "http://127.0.0.1:" + port);
        builder.environment().put("SCREENSHOT_DIR", SCREENSHOTS.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(finished && process.exitValue() == 0)
                .as(script + " failed (screenshots in " + SCREENSHOTS + "):\n" + String.join("\n", output))
                .isTrue();
        return output;
    }

    /** The last {@code RESULT } line a script printed, without the prefix. */
    public static String result(List<String> output) {
        return output.stream().filter(line -> line.startsWith("RESULT ")).reduce((first, last) -> last)
                .map(line -> line.substring("RESULT ".length()))
                .orElseThrow(() -> new AssertionError("the script printed no RESULT line:\n" + String.join("\n", output)));
    }
}
