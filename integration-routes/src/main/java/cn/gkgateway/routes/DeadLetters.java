package cn.gkgateway.routes;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.Session;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.util.Collections;

/**
 * Looks into and replays dead-letter queues. A message that exhausted its delivery attempts
 * waits in {@code DLQ.<address>}; once the cause is mended, replaying moves each message back
 * to its address, one receive-and-send per local JMS transaction, so none is lost or doubled
 * by a replay that fails half-way. The consumers' idempotency covers a replayed duplicate.
 */
@Component
public class DeadLetters {

    public static final String PREFIX = "DLQ.";
    /** Fully qualified: the dead-letter queues live on the DLA address. */
    private static final String DEAD_LETTER_ADDRESS = "DLA::";

    private final JmsTemplate jms;

    public DeadLetters(ConnectionFactory connectionFactory) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.jms.setReceiveTimeout(500);
    }

    public int count(String address) {
        Integer count = jms.browse(DEAD_LETTER_ADDRESS + PREFIX + address, (session, browser) -> Collections.list(browser.getEnumeration()).size());
        return count == null ? 0 : count;
    }

    /** @return how many messages went back to {@code address} */
    public int replay(String address) {
        int moved = 0;
        while (Boolean.TRUE.equals(jms.execute(session -> moveOne(session, address), true))) {
            moved++;
        }
        return moved;
    }

    private static boolean moveOne(Session session, String address) throws jakarta.jms.JMSException {
        try (var consumer = session.createConsumer(session.createQueue(DEAD_LETTER_ADDRESS + PREFIX + address));
             var producer = session.createProducer(session.createQueue(address))) {
            Message message = consumer.receive(500);
            if (message == null) {
                return false;
            }
            producer.send(message);
            session.commit();
            return true;
        }
    }
}
