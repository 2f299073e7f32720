package cn.gkgateway.messaging;

import cn.gkgateway.outbox.Outbox;
import cn.gkgateway.outbox.OutboxSignal;
import cn.gkgateway.outbox.PendingEvent;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes outbox events to Artemis, safely on any number of instances. One cycle, in one
 * database transaction: claim a batch ({@code FOR UPDATE SKIP LOCKED}, so instances take
 * disjoint events), send it in one JMS transaction (one broker commit per batch, not one
 * durable send per event), mark it published in one UPDATE, commit. A crash after the JMS
 * commit and before the database commit publishes the batch again; the consumers' ledger
 * drops the repeats. While idle it waits — woken at once by a commit in this process that
 * appended events, otherwise polling with a growing interval.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    public static final String EVENT_ID = "gkEventId";
    public static final String EVENT_TYPE = "gkEventType";

    private final Outbox outbox;
    private final OutboxSignal signal;
    private final TransactionTemplate transaction;
    private final JmsTemplate jms;
    private final String queuePrefix;
    private final int batchSize;
    private final IdleBackoff idle;
    private final StateLog state = new StateLog(log, "Outbox relay (broker or database)");

    public OutboxRelay(Outbox outbox, OutboxSignal signal, PlatformTransactionManager transactions, ConnectionFactory connectionFactory,
                       MessagingProperties properties, @Value("${gk.queues.events-prefix}") String queuePrefix) {
        this.outbox = outbox;
        this.signal = signal;
        this.transaction = new TransactionTemplate(transactions);
        // READ COMMITTED: the claim then locks only the rows it returns. Under InnoDB's REPEATABLE
        // READ it would also lock the index gap after them, and every request that appends an event
        // would wait for this transaction — for as long as a broker outage holds the send.
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.queuePrefix = queuePrefix;
        this.batchSize = properties.relayBatchSize();
        this.idle = new IdleBackoff(properties.relayIdleMin(), properties.relayIdleMax());
    }

    /** One step of the relay loop: publishes a batch, or waits while there is nothing to publish. */
    public void cycle() throws InterruptedException {
        int published;
        try {
            published = publishBatch();
            state.ok();
        } catch (RuntimeException e) {
            state.failed(e);
            Thread.sleep(idle.idle().toMillis());
            return;
        }
        if (published > 0) {
            idle.busy();
        } else if (signal.awaitAppended(idle.idle())) {
            idle.busy();
        }
    }

    /** @return how many events were published */
    public int publishBatch() {
        Integer count = transaction.execute(status -> {
            List<PendingEvent> batch = outbox.claimUnpublished(batchSize);
            if (batch.isEmpty()) {
                return 0;
            }
            send(batch);
            outbox.markClaimedPublished(batch);
            return batch.size();
        });
        return count == null ? 0 : count;
    }

    /** Whether the last cycle failed, and why (for health). */
    public String downReason() {
        return state.downReason();
    }

    private void send(List<PendingEvent> batch) {
        jms.execute(session -> {
            Map<String, MessageProducer> producers = new HashMap<>();
            try {
                for (PendingEvent event : batch) {
                    MessageProducer producer = producers.computeIfAbsent(event.eventType(), type -> producer(session, type));
                    TextMessage message = session.createTextMessage(event.payload());
                    message.setStringProperty(EVENT_ID, event.eventId());
                    message.setStringProperty(EVENT_TYPE, event.eventType());
                    producer.send(message);
                }
                session.commit();
            } finally {
                for (MessageProducer producer : producers.values()) {
                    producer.close();
                }
            }
            return null;
        }, true);
    }

    private MessageProducer producer(Session session, String eventType) {
        try {
            // one queue per event type: gk.events.review.decided, …
            return session.createProducer(session.createQueue(queuePrefix + eventType));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
