package cn.gkgateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The gateway's own settings.
 *
 * @param personalData keys protecting ID numbers and phones at rest (base64, 32 bytes each)
 * @param security     the signing secret and lifetime of sign-in tokens
 * @param demoData     whether to load the demo organisations, accounts, workers and plan at start
 * @param broker       redelivery of failed messages before they are dead-lettered
 */
@ConfigurationProperties("gk")
public record GatewayProperties(PersonalData personalData, Security security, DemoData demoData, Broker broker) {

    /**
     * Delays in milliseconds; each redelivery waits {@code multiplier} times longer, up to {@code maxRedeliveryDelay}.
     * {@code addresses} are the gateway's queues, each given its own dead-letter queue {@code DLQ.<address>}.
     */
    public record Broker(int maxDeliveryAttempts, long redeliveryDelay, double redeliveryMultiplier, long maxRedeliveryDelay,
                         java.util.List<String> addresses) {
    }

    public record PersonalData(String encryptionKey, String hashKey) {
    }

    public record Security(String tokenSecret, Duration tokenTtl) {
    }

    public record DemoData(boolean enabled) {
    }
}
