package cn.gkgateway.config;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's address settings: every gk.* address gets a dead-letter queue of its
 * own (DLQ.&lt;address&gt;) after five delivery attempts with growing delays. An external broker
 * needs the same settings in its broker.xml (see README).
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    static final int MAX_DELIVERY_ATTEMPTS = 5;

    @Bean
    ArtemisConfigurationCustomizer gatewayAddressSettings() {
        return configuration -> {
            configuration.addAddressSetting("gk.#", new AddressSettings()
                    .setDeadLetterAddress(org.apache.activemq.artemis.api.core.SimpleString.of("DLA"))
                    .setAutoCreateDeadLetterResources(true)
                    .setDeadLetterQueuePrefix(org.apache.activemq.artemis.api.core.SimpleString.of("DLQ."))
                    .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                    .setRedeliveryDelay(1_000)
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(60_000));
            // Artemis' NIO default waits 3.3 ms to batch journal writes, which caps a lone durable producer at ~300/s.
            configuration.setJournalBufferTimeout_NIO(100_000);
            configuration.setJournalBufferTimeout_AIO(100_000);
        };
    }
}
