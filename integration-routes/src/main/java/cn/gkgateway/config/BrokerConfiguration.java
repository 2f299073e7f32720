package cn.gkgateway.config;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's addresses: each gateway queue ({@code gk.broker.addresses}) gets a
 * dead-letter queue of its own, {@code DLQ.<address>} on the {@code DLA} address, which takes a
 * message after a bounded number of delivery attempts with growing delays. An external broker
 * needs the same in its broker.xml (see README).
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    static final String DEAD_LETTER_ADDRESS = "DLA";

    /** Journal write batching: Artemis' NIO default of 3.3 ms caps a lone durable producer at ~300 messages/s. */
    private static final int JOURNAL_BUFFER_TIMEOUT_NANOS = 100_000;

    @Bean
    ArtemisConfigurationCustomizer gatewayAddresses(GatewayProperties properties) {
        GatewayProperties.Broker broker = properties.broker();
        return configuration -> {
            configuration.addAddressSetting("gk.#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                    .setMaxDeliveryAttempts(broker.maxDeliveryAttempts())
                    .setRedeliveryDelay(broker.redeliveryDelay())
                    .setRedeliveryMultiplier(broker.redeliveryMultiplier())
                    .setMaxRedeliveryDelay(broker.maxRedeliveryDelay()));
            CoreAddressConfiguration deadLetters = new CoreAddressConfiguration().setName(DEAD_LETTER_ADDRESS).addRoutingType(RoutingType.ANYCAST);
            for (String address : broker.addresses()) {
                configuration.addAddressConfiguration(new CoreAddressConfiguration().setName(address).addRoutingType(RoutingType.ANYCAST)
                        .addQueueConfiguration(QueueConfiguration.of(address).setRoutingType(RoutingType.ANYCAST)));
                // a dead letter keeps its original address in _AMQ_ORIG_ADDRESS: one queue per origin
                deadLetters.addQueueConfiguration(QueueConfiguration.of("DLQ." + address).setAddress(DEAD_LETTER_ADDRESS)
                        .setRoutingType(RoutingType.ANYCAST).setFilterString("_AMQ_ORIG_ADDRESS='" + address + "'"));
            }
            configuration.addAddressConfiguration(deadLetters);
            configuration.setJournalBufferTimeout_NIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            configuration.setJournalBufferTimeout_AIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
        };
    }
}
