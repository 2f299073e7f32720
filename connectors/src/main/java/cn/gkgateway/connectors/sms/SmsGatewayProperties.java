package cn.gkgateway.connectors.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where the SMS gateway is and how to sign requests to it.
 *
 * @param baseUrl        the gateway's base URL; empty while the local stand-in is used
 * @param appKey         our application key at the gateway
 * @param appSecret      the shared secret that signs each request (HMAC-SHA256)
 * @param signName       the signature the gateway puts before every text
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer
 * @param standIn        the local stand-in, for development and tests only
 */
@ConfigurationProperties("gk.connectors.sms")
public record SmsGatewayProperties(String baseUrl, String appKey, String appSecret, String signName,
                                   Duration connectTimeout, Duration readTimeout, StandIn standIn) {

    public SmsGatewayProperties {
        signName = signName == null ? "工考网关" : signName;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        standIn = standIn == null ? new StandIn(false, 0, Duration.ZERO) : standIn;
    }

    /**
     * @param port         0 picks a free port
     * @param answerDelay  how long the stand-in takes to answer each send, like a real provider (default 0)
     */
    public record StandIn(boolean enabled, int port, Duration answerDelay) {

        public StandIn {
            answerDelay = answerDelay == null ? Duration.ZERO : answerDelay;
        }
    }
}
