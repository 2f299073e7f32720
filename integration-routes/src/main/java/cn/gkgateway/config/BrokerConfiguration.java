package cn.gkgateway.config;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's address settings: every gk.* address gets a dead-letter queue of its
 * own (DLQ.&lt;address&gt; on the DLA address) after a bounded number of delivery attempts with
 * growing delays. An external broker needs the same settings in its broker.xml (see README).
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    /** Journal write batching: Artemis' NIO default of 3.3 ms caps a lone durable producer at ~300 messages/s. */
    private static final int JOURNAL_BUFFER_TIMEOUT_NANOS = 100_000;

    @Bean
    ArtemisConfigurationCustomizer gatewayAddressSettings(GatewayProperties properties) {
        GatewayProperties.Broker broker = properties.broker();
        return configuration -> {
            configuration.addAddressSetting("gk.#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of("DLA"))
                    .setAutoCreateDeadLetterResources(true)
                    .setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
                    .setMaxDeliveryAttempts(broker.maxDeliveryAttempts())
                    .setRedeliveryDelay(broker.redeliveryDelay())
                    .setRedeliveryMultiplier(broker.redeliveryMultiplier())
                    .setMaxRedeliveryDelay(broker.maxRedeliveryDelay()));
            configuration.setJournalBufferTimeout_NIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            configuration.setJournalBufferTimeout_AIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
        };
    }
}
