package cn.gkgateway.support;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real standalone Artemis broker, set up as the README tells an operator: {@code artemis create}
 * of the distribution Maven unpacks before the integration tests ({@code gk.test.artemis-home}),
 * the README's broker.xml fragment ({@code docs/artemis/broker-gateway.xml}) merged in, and a broker
 * user {@value #USER} (hashed password, {@code artemis mask --hash}) with the role {@code gk-gateway}.
 * Listens on 127.0.0.1 on a free port; runs as a child process that {@link #stop()} ends (SIGTERM)
 * and {@link #start()} starts again on the same journal.
 */
public final class StandaloneArtemis implements AutoCloseable {

    public static final String USER = "gk";
    public static final String PASSWORD = "gk-broker-secret";
    /** The README's fragment, relative to the integration-routes module (failsafe's working directory). */
    public static final Path FRAGMENT = Path.of("..", "docs", "artemis", "broker-gateway.xml");
    private static final String CORE_NS = "urn:activemq:core";

    private final Path instance;
    private final int port;
    private Process process;

    private StandaloneArtemis(Path instance, int port) {
        this.instance = instance;
        this.port = port;
    }

    /** Creates a fresh broker instance under target/ with the README's fragment applied (not started). */
    public static StandaloneArtemis create() throws IOException, InterruptedException {
        String home = System.getProperty("gk.test.artemis-home");
        if (home == null || !Files.isRegularFile(Path.of(home, "bin", "artemis"))) {
            throw new IllegalStateException("No Artemis distribution at gk.test.artemis-home=" + home
                    + ": run the integration tests through Maven (failsafe), which unpacks it in pre-integration-test");
        }
        int port = freePort();
        Path instance = Path.of("target", "artemis-instances", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Files.createDirectories(instance.getParent());
        run(List.of("sh", Path.of(home, "bin", "artemis").toString(), "create", instance.toString(),
                "--host", "127.0.0.1", "--http-host", "127.0.0.1", "--user", "admin", "--password", "admin", "--require-login",
                "--silent", "--nio", "--no-autotune", "--no-web", "--no-amqp-acceptor", "--no-stomp-acceptor",
                "--no-hornetq-acceptor", "--no-mqtt-acceptor", "--default-port", String.valueOf(port)), instance.getParent());
        mergeFragment(instance.resolve("etc/broker.xml"), FRAGMENT);
        // as the README: a hashed password from `artemis mask --hash`
        String masked = run(List.of("sh", instance.resolve("bin/artemis").toString(), "mask", "--hash", PASSWORD), instance).lines()
                .filter(line -> line.startsWith("result: ")).findFirst().orElseThrow().substring("result: ".length()).strip();
        Files.writeString(instance.resolve("etc/artemis-users.properties"), "\n" + USER + " = ENC(" + masked + ")\n", StandardOpenOption.APPEND);
        Files.writeString(instance.resolve("etc/artemis-roles.properties"), "\ngk-gateway = " + USER + "\n", StandardOpenOption.APPEND);
        return new StandaloneArtemis(instance, port);
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Starts the broker and waits until it accepts clients. */
    public synchronized void start() throws IOException, InterruptedException {
        Path log = instance.resolve("log/console.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder("sh", instance.resolve("bin/artemis").toString(), "run")
                .directory(instance.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_ARGS", "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dlog4j2.disableJmx=true"
                + " --add-opens java.base/jdk.internal.misc=ALL-UNNAMED");
        process = builder.start();
        Process started = process;
        // a test JVM that dies must not leave a broker behind
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("AMQ221007")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the standalone broker exited at start:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the standalone broker did not become active in 90 s:\n" + Files.readString(log));
    }

    /** Stops the broker as its service would (SIGTERM, a clean shutdown); kills it after 30 s. */
    public synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** Appends the children of each section of the fragment to the section of the same name in broker.xml's core. */
    static void mergeFragment(Path brokerXml, Path fragment) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document broker = factory.newDocumentBuilder().parse(brokerXml.toFile());
            Document sections = factory.newDocumentBuilder().parse(fragment.toFile());
            Element core = (Element) broker.getElementsByTagNameNS(CORE_NS, "core").item(0);
            for (Node section = sections.getDocumentElement().getFirstChild(); section != null; section = section.getNextSibling()) {
                if (section instanceof Element element) {
                    Element target = (Element) core.getElementsByTagNameNS(CORE_NS, element.getLocalName()).item(0);
                    if (target == null) {
                        target = (Element) core.appendChild(broker.createElementNS(CORE_NS, element.getLocalName()));
                    }
                    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                        target.appendChild(broker.importNode(child, true));
                    }
                }
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(broker), new StreamResult(brokerXml.toFile()));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not merge " + fragment + " into " + brokerXml, e);
        }
    }

    private static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(1, command.size())) + " failed:\n" + output);
        }
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
