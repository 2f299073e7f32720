package cn.gkgateway.connectors.sms;

import cn.gkgateway.notification.SmsGateway;
import cn.gkgateway.notification.SmsMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;

import static cn.gkgateway.notification.SmsSendFailure.Kind;

/**
 * Sends messages to the SMS gateway's HTTP API, signing each request and sending the message's
 * request id as the gateway's idempotency key. Throws on anything but an accepted message:
 * no connection or 429/5xx ⇒ retryable; no answer once the request was sent (read timeout,
 * connection lost) ⇒ unknown outcome; 401/403 ⇒ our credentials are wrong; other 4xx or a
 * refusal code ⇒ refused for good. Safe to call from many threads: the JDK client pools connections.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final RestClient http;
    private final SmsGatewayProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    public HttpSmsGateway(String baseUrl, SmsGatewayProperties properties, ObjectMapper json, Clock clock) {
        // HTTP/1.1 without an h2c upgrade attempt per connection
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build());
        factory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String send(SmsMessage message) {
        byte[] body = body(message);
        String timestamp = String.valueOf(clock.millis());
        try {
            SmsWire.SendResponse response = http.post().uri(SmsWire.PATH)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(SmsWire.HEADER_APP_KEY, properties.appKey())
                    .header(SmsWire.HEADER_TIMESTAMP, timestamp)
                    .header(SmsWire.HEADER_SIGNATURE, SmsSignature.sign(properties.appSecret(), timestamp, body))
                    .body(body)
                    .retrieve()
                    .body(SmsWire.SendResponse.class);
            if (response == null || !"OK".equals(response.code())) {
                throw new SmsGatewayException("SMS gateway refused " + message + ": " + response, Kind.REFUSED, null);
            }
            log.debug("SMS accepted: {} bizId={}", message, response.bizId());
            return response.bizId();
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            throw new SmsGatewayException("SMS gateway answered " + status + " " + refusalCode(e) + " for " + message, kindOf(status), e);
        } catch (ResourceAccessException e) {
            boolean neverSent = e.getCause() instanceof ConnectException || e.getCause() instanceof HttpConnectTimeoutException;
            throw neverSent
                    ? new SmsGatewayException("SMS gateway unreachable for " + message, Kind.RETRYABLE, e)
                    : new SmsGatewayException("SMS gateway gave no answer for " + message + " (maybe delivered)", Kind.UNKNOWN, e);
        }
    }

    static Kind kindOf(int status) {
        if (status == 401 || status == 403) {
            return Kind.AUTH;
        }
        return status == 429 || status >= 500 || status == 408 ? Kind.RETRYABLE : Kind.REFUSED;
    }

    private String refusalCode(RestClientResponseException e) {
        try {
            SmsWire.SendResponse answer = json.readValue(e.getResponseBodyAsByteArray(), SmsWire.SendResponse.class);
            return answer.code() + " " + answer.message();
        } catch (Exception unreadable) {
            return "";
        }
    }

    private byte[] body(SmsMessage message) {
        try {
            return json.writeValueAsBytes(new SmsWire.SendRequest(message.requestId(), message.phone().value(),
                    properties.signName(), message.template().code(), message.params()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
