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

import java.net.http.HttpClient;
import java.time.Clock;

/** Sends messages to the SMS gateway's HTTP API, signing each request. Throws on anything but an accepted message. */
public class HttpSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final RestClient http;
    private final SmsGatewayProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    public HttpSmsGateway(String baseUrl, SmsGatewayProperties properties, ObjectMapper json, Clock clock) {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
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
                throw new SmsGatewayException("SMS gateway refused " + message + ": " + response, false, null);
            }
            log.info("SMS accepted: {} bizId={}", message, response.bizId());
            return response.bizId();
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            throw new SmsGatewayException("SMS gateway answered " + status + " for " + message, status == 429 || status >= 500, e);
        } catch (ResourceAccessException e) {
            throw new SmsGatewayException("SMS gateway unreachable for " + message, true, e);
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
