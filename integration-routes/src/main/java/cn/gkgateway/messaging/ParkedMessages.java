package cn.gkgateway.messaging;

import cn.gkgateway.notification.Notification;
import cn.gkgateway.notification.NotificationStatus;
import cn.gkgateway.outbox.Outbox;
import cn.gkgateway.outbox.PendingEvent;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The original events of messages that could not be delivered (REFUSED, or FAILED after all
 * retries), parked on {@code gk.queues.sms-parked} with the reason, for an administrator to look
 * at and replay once the cause is mended. A replay moves each parked event back to its event
 * queue marked {@code gkReplay}; the consumer then makes the ledger row due again (a row that was
 * SENT meanwhile stays SENT, and nothing is sent).
 */
@Component
public class ParkedMessages {

    private static final Logger log = LoggerFactory.getLogger(ParkedMessages.class);
    public static final String NOTIFICATION_ID = "gkNotificationId";
    public static final String STATUS = "gkStatus";
    public static final String FAILURE = "gkFailure";

    /** One parked event as an administrator sees it. */
    public record Parked(String eventId, String eventType, long notificationId, String status, String failure, Instant parkedAt) {
    }

    private final JmsTemplate jms;
    private final Outbox outbox;
    private final String address;
    private final String eventsPrefix;

    public ParkedMessages(ConnectionFactory connectionFactory, Outbox outbox, @Value("${gk.queues.sms-parked}") String address,
                          @Value("${gk.queues.events-prefix}") String eventsPrefix) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.jms.setReceiveTimeout(500);
        this.outbox = outbox;
        this.address = address;
        this.eventsPrefix = eventsPrefix;
    }

    public String address() {
        return address;
    }

    void park(Notification row, NotificationStatus status, String failure) {
        PendingEvent event = outbox.find(row.eventId()).orElse(new PendingEvent(0, row.eventId(), "unknown", "{}"));
        try {
            jms.send(address, session -> {
                TextMessage message = session.createTextMessage(event.payload());
                message.setStringProperty(OutboxRelay.EVENT_ID, event.eventId());
                message.setStringProperty(OutboxRelay.EVENT_TYPE, event.eventType());
                message.setLongProperty(NOTIFICATION_ID, row.id());
                message.setStringProperty(STATUS, status.name());
                message.setStringProperty(FAILURE, failure == null ? "" : failure.length() > 500 ? failure.substring(0, 500) : failure);
                return message;
            });
        } catch (RuntimeException e) {
            // the ledger row keeps the status and reason; only the parked copy is missing
            log.warn("could not park event {} of SMS {}: {}", event.eventId(), row.id(), e.getMessage());
        }
    }

    /** Up to {@code max} parked events, oldest first. */
    public List<Parked> list(int max) {
        List<Parked> parked = jms.browse(address, (session, browser) -> {
            List<Parked> found = new ArrayList<>();
            var messages = browser.getEnumeration();
            while (messages.hasMoreElements() && found.size() < max) {
                Message message = (Message) messages.nextElement();
                found.add(new Parked(message.getStringProperty(OutboxRelay.EVENT_ID), message.getStringProperty(OutboxRelay.EVENT_TYPE),
                        message.propertyExists(NOTIFICATION_ID) ? message.getLongProperty(NOTIFICATION_ID) : 0,
                        message.getStringProperty(STATUS), message.getStringProperty(FAILURE), Instant.ofEpochMilli(message.getJMSTimestamp())));
            }
            return found;
        });
        return parked == null ? List.of() : parked;
    }

    /** Moves every parked event back to its event queue, one per local JMS transaction. @return how many */
    public int replay() {
        int moved = 0;
        while (Boolean.TRUE.equals(jms.execute(this::moveOne, true))) {
            moved++;
        }
        return moved;
    }

    private boolean moveOne(Session session) throws JMSException {
        try (var consumer = session.createConsumer(session.createQueue(address))) {
            Message message = consumer.receive(500);
            if (message == null) {
                return false;
            }
            String type = message.getStringProperty(OutboxRelay.EVENT_TYPE);
            if (type == null || "unknown".equals(type)) {
                log.warn("parked message {} names no event type; left out of the replay", message.getJMSMessageID());
                session.rollback();
                return false;
            }
            TextMessage copy = session.createTextMessage(((TextMessage) message).getText());
            copy.setStringProperty(OutboxRelay.EVENT_ID, message.getStringProperty(OutboxRelay.EVENT_ID));
            copy.setStringProperty(OutboxRelay.EVENT_TYPE, type);
            copy.setStringProperty("gkReplay", "true");
            try (var producer = session.createProducer(session.createQueue(eventsPrefix + type))) {
                producer.send(copy);
            }
            session.commit();
            return true;
        }
    }
}
