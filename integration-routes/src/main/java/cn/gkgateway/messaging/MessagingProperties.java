package cn.gkgateway.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How events and notifications travel ({@code gk.messaging.*}).
 *
 * @param relayBatchSize       outbox events published per JMS transaction
 * @param relayIdleMin         first wait when the outbox was found empty (doubles while idle)
 * @param relayIdleMax         longest wait between polls of an empty outbox; a commit in this process wakes the relay at once
 * @param consumerBatch        most events the event consumer takes into one JMS and one database transaction
 * @param smsWindow            SMS requests in flight at once (per instance)
 * @param smsRatePerSecond     the provider's rate limit (per instance); 0 for none
 * @param smsClaimBatch        ledger rows claimed per claim
 * @param smsLease             how long a claimed row belongs to this instance; another instance resumes it after that
 * @param smsRetryDelays       waits before each further attempt; used up ⇒ FAILED (a credential fault keeps retrying)
 * @param dispatchIdleMax      longest wait between polls of the ledger while idle
 * @param health               when the messaging health goes DOWN
 */
@ConfigurationProperties("gk.messaging")
public record MessagingProperties(int relayBatchSize, Duration relayIdleMin, Duration relayIdleMax, int consumerBatch,
                                  int smsWindow, int smsRatePerSecond, int smsClaimBatch, Duration smsLease,
                                  List<Duration> smsRetryDelays, Duration dispatchIdleMax, Health health) {

    public MessagingProperties {
        relayBatchSize = relayBatchSize <= 0 ? 200 : relayBatchSize;
        relayIdleMin = relayIdleMin == null ? Duration.ofMillis(200) : relayIdleMin;
        relayIdleMax = relayIdleMax == null ? Duration.ofSeconds(5) : relayIdleMax;
        consumerBatch = consumerBatch <= 0 ? 500 : consumerBatch;
        smsWindow = smsWindow <= 0 ? 256 : smsWindow;
        smsClaimBatch = smsClaimBatch <= 0 ? 200 : smsClaimBatch;
        smsLease = smsLease == null ? Duration.ofMinutes(2) : smsLease;
        smsRetryDelays = smsRetryDelays == null || smsRetryDelays.isEmpty() ? List.of(Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ofMinutes(10), Duration.ofMinutes(10)) : List.copyOf(smsRetryDelays);
        dispatchIdleMax = dispatchIdleMax == null ? Duration.ofSeconds(5) : dispatchIdleMax;
        health = health == null ? new Health(null, 0, 0) : health;
    }

    /**
     * @param maxOutboxAge   DOWN when the oldest unpublished event is older
     * @param maxFailed      DOWN when more ledger rows are FAILED
     * @param maxUnknown     DOWN when more ledger rows are UNKNOWN
     */
    public record Health(Duration maxOutboxAge, long maxFailed, long maxUnknown) {

        public Health {
            maxOutboxAge = maxOutboxAge == null ? Duration.ofMinutes(2) : maxOutboxAge;
            maxFailed = maxFailed <= 0 ? 100 : maxFailed;
            maxUnknown = maxUnknown <= 0 ? 100 : maxUnknown;
        }
    }
}
