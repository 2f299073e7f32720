package cn.gkgateway.messaging;

import cn.gkgateway.notification.EventNotices;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.outbox.DomainEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.annotation.PreDestroy;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.SingleConnectionFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes the queue of one event type in batches and turns each event into the ledger row of its
 * notice, as its {@link EventNotices} composes it ("review decided" → the applicant's SMS about
 * the decision; "declaration submitted" → the 申报提醒 of a person their unit declared). One bean
 * per event type ({@link MessagingConfiguration}), each driven by its route.
 *
 * <p>One cycle: receive a batch (the first message waited for, the rest taken from what the
 * broker has already pushed into the consumer's window), write the ledger rows of the whole
 * batch in one database transaction ({@link LedgerWriter}), then commit the JMS transaction that
 * consumed them. The row is committed before the broker forgets the message, so a crash in
 * between redelivers the event and the unique key (event, kind) makes the repeat a no-op. If an
 * event cannot be written, the JMS transaction is rolled back: the broker redelivers the batch
 * with its redelivery delays (the events already written are no-ops then) and moves the bad one
 * to its dead-letter queue after {@code max-delivery-attempts}.
 *
 * <p><b>One consumer (one session) per instance, on a connection of its own</b>, not many
 * concurrent consumers: when a gateway dies ({@code kill -9}), the broker clears its sessions
 * one after the other, and each cleared session hands its unacknowledged and prefetched messages
 * back to the queue <em>counting a delivery attempt</em> — the broker cannot know whether the
 * dead client had processed them. With 64 consumers on the dead connection, the queue passed
 * those messages on to the dead connection's sessions not yet cleared, each pass another
 * attempt, until some exceeded {@code max-delivery-attempts} within a second and were
 * dead-lettered (or, on a broker without a dead-letter address, dropped): an event published
 * but never in the ledger. With one session per instance a message counts one attempt per dead
 * instance. A batch costs one broker commit and one database commit, so one consumer keeps up
 * with the SMS dispatch; more instances add consumers.
 *
 * <p>The connection is not the cached, shared one: a consumer closed on a caching connection
 * factory stays open underneath and keeps the messages in its window out of reach. A broker
 * outage is logged once when it starts and once when it ends; meanwhile the consumer reconnects
 * with a growing pause and health reports it.
 */
public class EventConsumer<E extends DomainEvent> {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);
    /** Set on a parked event moved back to its queue by an administrator. */
    public static final String REPLAY = "gkReplay";
    private static final Duration RECEIVE_WAIT = Duration.ofSeconds(1);

    private final ConnectionFactory connectionFactory;
    private final String queue;
    private final EventNotices<E> notices;
    /** Bound once: no look-up in the mapper's shared deserializer cache per message. */
    private final ObjectReader events;
    private final LedgerWriter writer;
    private final NotificationLedger ledger;
    private final SmsDispatcher dispatcher;
    private final int batchSize;
    private final IdleBackoff reconnect = new IdleBackoff(Duration.ofMillis(200), Duration.ofSeconds(5));
    private final StateLog state;
    private final AtomicLong consumed = new AtomicLong();
    private Connection connection;
    private Session session;
    private MessageConsumer consumer;
    private volatile boolean broken;

    public EventConsumer(EventNotices<E> notices, ConnectionFactory connectionFactory, ObjectMapper json, LedgerWriter writer,
                         NotificationLedger ledger, SmsDispatcher dispatcher, MessagingProperties properties, String queuePrefix) {
        this.connectionFactory = connectionFactory instanceof SingleConnectionFactory cached && cached.getTargetConnectionFactory() != null
                ? cached.getTargetConnectionFactory() : connectionFactory;
        this.notices = notices;
        this.queue = queuePrefix + notices.eventType();
        this.events = json.readerFor(notices.eventClass());
        this.state = new StateLog(log, "Event consumer of " + queue + " (broker or database)");
        this.writer = writer;
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.batchSize = properties.consumerBatch();
    }

    /** One step of the consumer loop: handles a batch, or waits up to a second for one. */
    public synchronized void cycle() throws InterruptedException {
        try {
            open();
            Message first = consumer.receive(RECEIVE_WAIT.toMillis());
            if (broken) {
                throw new JMSException("the connection to the broker failed");
            }
            if (first != null) {
                List<Message> batch = new ArrayList<>();
                batch.add(first);
                Message next;
                while (batch.size() < batchSize && (next = consumer.receiveNoWait()) != null) {
                    batch.add(next);
                }
                handle(batch);
            }
            state.ok();
            reconnect.busy();
        } catch (JMSException | RuntimeException e) {
            state.failed(e);
            close();
            Thread.sleep(reconnect.idle().toMillis());
        }
    }

    /** How many messages this instance has consumed (committed) since it started. */
    public long consumed() {
        return consumed.get();
    }

    /** Why the last cycle failed (for health); null while it works. */
    public String downReason() {
        return state.downReason();
    }

    private void handle(List<Message> batch) throws JMSException {
        boolean requeued;
        LedgerWriter.Written written;
        try {
            List<E> events = new ArrayList<>(batch.size());
            requeued = recordReplays(batch, events);
            written = events.isEmpty() ? new LedgerWriter.Written(0, List.of(), null) : writer.write(events, notices);
        } catch (RuntimeException e) {
            session.rollback();
            throw e;
        }
        if (!written.failed().isEmpty()) {
            // the broker redelivers the batch after its redelivery delay; the rows written meanwhile make those repeats no-ops
            session.rollback();
            throw new IllegalStateException("the ledger rows of events " + written.failed() + " were not written: "
                    + written.firstFailure(), written.firstFailure());
        }
        session.commit();
        consumed.addAndGet(batch.size());
        if (written.rows() > 0 || requeued) {
            dispatcher.wake();
        }
    }

    /** Parses the batch into {@code events}, except replayed events whose row exists: those rows are requeued. */
    private boolean recordReplays(List<Message> batch, List<E> events) {
        boolean requeued = false;
        for (Message message : batch) {
            E event = parse(message);
            if (isReplay(message) && ledger.find(event.eventId().toString(), notices.kind()).isPresent()) {
                // a replayed parked event: a FAILED or REFUSED row becomes due again; a SENT row stays SENT
                requeued |= ledger.requeue(event.eventId().toString(), notices.kind());
            } else {
                events.add(event);
            }
        }
        return requeued;
    }

    private static boolean isReplay(Message message) {
        try {
            return Boolean.parseBoolean(String.valueOf(message.getObjectProperty(REPLAY)));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private E parse(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                throw new IllegalStateException("not a text message");
            }
            return events.readValue(text.getText());
        } catch (Exception e) {
            throw new IllegalStateException("a message on " + queue + " is not a " + notices.eventType() + " event: " + e.getMessage(), e);
        }
    }

    private void open() throws JMSException {
        if (consumer != null) {
            return;
        }
        broken = false;
        connection = connectionFactory.createConnection();
        connection.setExceptionListener(e -> broken = true);
        session = connection.createSession(true, Session.SESSION_TRANSACTED);
        consumer = session.createConsumer(session.createQueue(queue));
        connection.start();
    }

    /**
     * Closes the consumer's connection: the messages in its window and the uncommitted batch go back
     * to the queue. The next cycle opens it again (after a route stop: when the route starts).
     */
    @PreDestroy
    public synchronized void close() {
        Connection closing = connection;
        connection = null;
        session = null;
        consumer = null;
        if (closing != null) {
            try {
                closing.close();
            } catch (JMSException | RuntimeException e) {
                log.debug("closing the event consumer's connection failed", e);
            }
        }
    }
}
