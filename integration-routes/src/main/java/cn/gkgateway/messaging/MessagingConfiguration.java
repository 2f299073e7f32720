package cn.gkgateway.messaging;

import cn.gkgateway.declaration.DeclarationSubmitted;
import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.ReviewNotifications;
import cn.gkgateway.notification.SubmissionNotices;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event consumers: one per event queue, each on a connection of its own (see {@link EventConsumer}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

    private final ConnectionFactory connectionFactory;
    private final ObjectMapper json;
    private final LedgerWriter writer;
    private final NotificationLedger ledger;
    private final SmsDispatcher dispatcher;
    private final MessagingProperties properties;
    private final String queuePrefix;

    MessagingConfiguration(ConnectionFactory connectionFactory, ObjectMapper json, LedgerWriter writer, NotificationLedger ledger,
                           SmsDispatcher dispatcher, MessagingProperties properties, @Value("${gk.queues.events-prefix}") String queuePrefix) {
        this.connectionFactory = connectionFactory;
        this.json = json;
        this.writer = writer;
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.queuePrefix = queuePrefix;
    }

    /** "review decided" → the applicant's SMS about a final decision or a return. */
    @Bean
    EventConsumer<ReviewDecided> reviewDecidedConsumer(ReviewNotifications notices) {
        return new EventConsumer<>(notices, connectionFactory, json, writer, ledger, dispatcher, properties, queuePrefix);
    }

    /** "declaration submitted" → the 申报提醒 of a person their unit declared. */
    @Bean
    EventConsumer<DeclarationSubmitted> declarationSubmittedConsumer(SubmissionNotices notices) {
        return new EventConsumer<>(notices, connectionFactory, json, writer, ledger, dispatcher, properties, queuePrefix);
    }
}
