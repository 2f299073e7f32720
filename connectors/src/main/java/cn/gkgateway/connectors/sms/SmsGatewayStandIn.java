package cn.gkgateway.connectors.sms;

import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.notification.SmsTemplate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A local SMS gateway that speaks the gateway's HTTP API on loopback: it checks the app key
 * and signature, renders the registered template, and keeps what it received. Like cloud SMS
 * APIs with their out-id, it honours the request id as an idempotency key: a repeated id is
 * recorded once and answered with the first answer's bizId. It shows the messages at {@code /}
 * (a page, phones masked), {@code GET /sms/v1/messages} (JSON) and
 * {@code GET /sms/v1/messages/count} (counts only, for benchmarks).
 * Started by the local profile and by tests only; switches let tests make it slow, late,
 * failing or refuse the credentials.
 */
public class SmsGatewayStandIn implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmsGatewayStandIn.class);

    /** One message as the stand-in received it. */
    public record Received(String bizId, String requestId, String phoneNumber, String templateCode,
                           Map<String, String> templateParam, String content, Instant receivedAt) {
    }

    /** Threads that read and check requests; no thread waits out an answer delay (a scheduler answers). */
    private static final int THREADS = 8;

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    private final java.util.concurrent.ScheduledExecutorService answers = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "sms-stand-in-answers");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, String> bizIdByRequestId = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong accepted = new java.util.concurrent.atomic.AtomicLong();
    private volatile java.time.Duration answerDelay = java.time.Duration.ZERO;
    private volatile java.time.Duration lateBy = java.time.Duration.ZERO;
    private volatile boolean refuseCredentials;
    private final String appKey;
    private final String appSecret;
    private final ObjectMapper json;
    private final com.fasterxml.jackson.databind.ObjectReader requests;
    private final com.fasterxml.jackson.databind.ObjectWriter responses;
    private final Map<String, SmsTemplate> templates = Arrays.stream(SmsTemplate.values())
            .collect(Collectors.toMap(SmsTemplate::code, Function.identity()));
    private final java.util.Queue<Received> received = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger outages = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();

    public SmsGatewayStandIn(int port, String appKey, String appSecret, ObjectMapper json) throws IOException {
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.json = json;
        this.requests = json.readerFor(SmsWire.SendRequest.class);
        this.responses = json.writerFor(SmsWire.SendResponse.class);
        // without TCP_NODELAY the JDK server answers ~40 ms late per request (Nagle + delayed ACK);
        // the property is read when the server class initialises, so set it before creating one
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(executor);
        server.createContext(SmsWire.PATH + "/count", this::count);
        server.createContext(SmsWire.PATH, this::messages);
        server.createContext("/", this::page);
        server.start();
        log.info("SMS gateway stand-in listening on {}", baseUrl());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void clear() {
        received.clear();
        bizIdByRequestId.clear();
        accepted.set(0);
        outages.set(0);
        refusals.set(0);
        lateBy = java.time.Duration.ZERO;
        refuseCredentials = false;
    }

    /** How long each send waits before its answer, like a real provider's latency. */
    public void answerDelay(java.time.Duration delay) {
        this.answerDelay = delay;
    }

    /** Records each message but answers only after {@code delay} (longer than the client's read timeout, to test it); ZERO ends it. */
    public void answerLate(java.time.Duration delay) {
        this.lateBy = delay;
    }

    /** Refuses the next {@code requests} sends for good (400, number refused), as a provider does for a stopped number. */
    public void refuseNext(int requests) {
        refusals.set(requests);
    }

    /** Answers 401 to every send while true, as a provider does after its keys were rotated. */
    public void refuseCredentials(boolean refuse) {
        this.refuseCredentials = refuse;
    }

    /** How many sends were accepted, repeats of a request id included (each answered, each recorded once). */
    public long acceptedRequests() {
        return accepted.get();
    }

    /** Simulates an outage: the next {@code requests} sends are answered 503, as an overloaded gateway does. */
    public void failNext(int requests) {
        outages.set(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        answers.shutdownNow();
    }

    private void messages(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            // answered now or, after the answer delay, by the scheduler, which closes the exchange then
            accept(exchange);
            return;
        }
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> respond(exchange, 200, "application/json", json.writeValueAsBytes(received));
                case "DELETE" -> {
                    clear();
                    respond(exchange, 204, "application/json", new byte[0]);
                }
                default -> respond(exchange, 405, "application/json", new byte[0]);
            }
        }
    }

    private void accept(HttpExchange exchange) throws IOException {
        byte[] answer;
        try {
            answer = check(exchange);
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
        if (answer == null) {
            exchange.close(); // refused: answered at once
            return;
        }
        java.time.Duration delay = lateBy.isZero() ? answerDelay : lateBy;
        if (delay.isZero() || delay.isNegative()) {
            answer(exchange, answer);
        } else {
            answers.schedule(() -> answer(exchange, answer), delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    private void answer(HttpExchange exchange, byte[] body) {
        try (exchange) {
            respond(exchange, 200, "application/json", body);
        } catch (IOException | RuntimeException e) {
            log.debug("SMS stand-in could not answer", e);
        }
    }

    /** Checks and records a send; @return the answer to give, or null when it was refused (and answered) at once */
    private byte[] check(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (outages.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            refuse(exchange, 503, "isp.SYSTEM_BUSY", "系统繁忙，请稍后重试");
            return null;
        }
        var headers = exchange.getRequestHeaders();
        if (refuseCredentials || !appKey.equals(headers.getFirst(SmsWire.HEADER_APP_KEY))
                || !SmsSignature.verify(appSecret, headers.getFirst(SmsWire.HEADER_TIMESTAMP), body, headers.getFirst(SmsWire.HEADER_SIGNATURE))) {
            refuse(exchange, 401, "isv.SIGNATURE_DOES_NOT_MATCH", "签名校验失败");
            return null;
        }
        SmsWire.SendRequest request;
        try {
            request = requests.readValue(body);
        } catch (IOException e) {
            refuse(exchange, 400, "isv.INVALID_JSON", "请求不是合法的JSON");
            return null;
        }
        SmsTemplate template = templates.get(request.templateCode());
        if (template == null) {
            refuse(exchange, 400, "isv.SMS_TEMPLATE_ILLEGAL", "短信模板不存在：" + request.templateCode());
            return null;
        }
        String content;
        try {
            PhoneNumber.parse(request.phoneNumber(), "phoneNumber");
            content = "【" + request.signName() + "】" + template.render(request.templateParam());
        } catch (RuntimeException e) {
            refuse(exchange, 400, "isv.INVALID_PARAMETERS", "手机号码或模板变量不正确");
            return null;
        }
        if (refusals.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            refuse(exchange, 400, "isv.MOBILE_NUMBER_ILLEGAL", "手机号码已停机或不存在");
            return null;
        }
        String newBizId = UUID.randomUUID().toString();
        String bizId = request.requestId() == null ? newBizId : bizIdByRequestId.putIfAbsent(request.requestId(), newBizId);
        if (bizId == null || request.requestId() == null) {
            bizId = newBizId;
            received.add(new Received(bizId, request.requestId(), request.phoneNumber(), request.templateCode(),
                    request.templateParam(), content, Instant.now()));
            log.debug("SMS stand-in received {} to {}", request.templateCode(), PhoneNumber.mask(request.phoneNumber()));
        }
        accepted.incrementAndGet();
        return responses.writeValueAsBytes(new SmsWire.SendResponse("OK", "成功", bizId));
    }

    private void count(HttpExchange exchange) throws IOException {
        try (exchange) {
            // O(1): the idempotency map holds one entry per distinct request id
            respond(exchange, 200, "application/json", json.writeValueAsBytes(Map.of(
                    "distinctRequestIds", bizIdByRequestId.size(), "acceptedRequests", accepted.get())));
        }
    }

    private void refuse(HttpExchange exchange, int status, String code, String message) throws IOException {
        respond(exchange, status, "application/json", json.writeValueAsBytes(new SmsWire.SendResponse(code, message, null)));
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<Received> newestFirst = new ArrayList<>(received);
            java.util.Collections.reverse(newestFirst);
            StringBuilder rows = new StringBuilder();
            for (Received message : newestFirst) {
                rows.append("<tr><td>").append(message.receivedAt()).append("</td><td>")
                        .append(PhoneNumber.mask(message.phoneNumber())).append("</td><td>")
                        .append(escape(message.templateCode())).append("</td><td>")
                        .append(escape(message.content())).append("</td></tr>");
            }
            String html = """
                    <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>短信网关模拟器</title>
                    <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>
                    </head><body><h1>短信网关模拟器</h1><p>本地开发和测试用的短信网关替身，共收到 %d 条短信（手机号已脱敏）。</p>
                    <table><tr><th>接收时间</th><th>手机号</th><th>模板</th><th>短信内容</th></tr>%s</table></body></html>
                    """.formatted(newestFirst.size(), rows);
            respond(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
