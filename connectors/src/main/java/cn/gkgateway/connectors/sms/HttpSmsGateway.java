package cn.gkgateway.connectors.sms;

import cn.gkgateway.notification.SmsGateway;
import cn.gkgateway.notification.SmsMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static cn.gkgateway.notification.SmsSendFailure.Kind;

/**
 * Sends messages to the SMS gateway's HTTP API, signing each request and sending the message's
 * request id as the gateway's idempotency key. Fails on anything but an accepted message:
 * no connection or 429/5xx ⇒ retryable; no answer once the request was sent (read timeout,
 * connection lost) ⇒ unknown outcome; 401/403 ⇒ our credentials are wrong; other 4xx or a
 * refusal code ⇒ refused for good. Asynchronous on the JDK client (its pooled, kept-alive
 * HTTP/1.1 connections; no thread waits for an answer); safe to call from many threads.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final HttpClient http;
    private final URI endpoint;
    private final SmsGatewayProperties properties;
    /** Bound once: no look-up of the (de)serializer in the mapper's shared caches per request. */
    private final ObjectReader responses;
    private final ObjectWriter requests;
    private final Clock clock;

    public HttpSmsGateway(String baseUrl, SmsGatewayProperties properties, ObjectMapper json, Clock clock) {
        // HTTP/1.1 without an h2c upgrade attempt per connection
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.connectTimeout()).build();
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + SmsWire.PATH);
        this.properties = properties;
        this.responses = json.readerFor(SmsWire.SendResponse.class);
        this.requests = json.writerFor(SmsWire.SendRequest.class);
        this.clock = clock;
    }

    @Override
    public String send(SmsMessage message) {
        try {
            return sendAsync(message).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsGatewayException("interrupted while sending " + message, Kind.UNKNOWN, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new SmsGatewayException("SMS gateway gave no answer for " + message + " (maybe delivered)", Kind.UNKNOWN, e.getCause());
        }
    }

    @Override
    public CompletableFuture<String> sendAsync(SmsMessage message) {
        byte[] body = body(message);
        String timestamp = String.valueOf(clock.millis());
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(SmsWire.HEADER_APP_KEY, properties.appKey())
                .header(SmsWire.HEADER_TIMESTAMP, timestamp)
                .header(SmsWire.HEADER_SIGNATURE, SmsSignature.sign(properties.appSecret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> error != null ? failed(message, error) : answer(message, response));
    }

    private String answer(SmsMessage message, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        SmsWire.SendResponse answer = read(response.body());
        if (status / 100 != 2) {
            String refusal = answer == null ? "" : answer.code() + " " + answer.message();
            throw new SmsGatewayException("SMS gateway answered " + status + " " + refusal + " for " + message, kindOf(status), null);
        }
        if (answer == null || !"OK".equals(answer.code())) {
            throw new SmsGatewayException("SMS gateway refused " + message + ": " + answer, Kind.REFUSED, null);
        }
        log.debug("SMS accepted: {} bizId={}", message, answer.bizId());
        return answer.bizId();
    }

    private static String failed(SmsMessage message, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        boolean neverSent = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                || cause.getCause() instanceof ConnectException;
        if (neverSent) {
            throw new SmsGatewayException("SMS gateway unreachable for " + message, Kind.RETRYABLE, cause);
        }
        if (cause instanceof IOException || cause instanceof InterruptedException) {
            // a read timeout (HttpTimeoutException) or a connection lost after the request left
            throw new SmsGatewayException("SMS gateway gave no answer for " + message + " (maybe delivered)", Kind.UNKNOWN, cause);
        }
        throw new SmsGatewayException("SMS gateway request failed for " + message + ": " + cause, Kind.UNKNOWN, cause);
    }

    static Kind kindOf(int status) {
        if (status == 401 || status == 403) {
            return Kind.AUTH;
        }
        return status == 429 || status >= 500 || status == 408 ? Kind.RETRYABLE : Kind.REFUSED;
    }

    private SmsWire.SendResponse read(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : responses.readValue(body);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private byte[] body(SmsMessage message) {
        try {
            return requests.writeValueAsBytes(new SmsWire.SendRequest(message.requestId(), message.phone().value(),
                    properties.signName(), message.template().code(), message.params()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
