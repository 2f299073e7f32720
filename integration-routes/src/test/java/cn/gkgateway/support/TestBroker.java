package cn.gkgateway.support;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A stand-alone Artemis broker on a free loopback TCP port, shared by gateway instances a test
 * starts (non-persistent). Like the production broker (README fragment, embedded broker) every
 * address has a dead-letter address: a message that used up its deliveries lands in
 * {@code DLQ.<address>} instead of being dropped, so a test can see it ({@link #stats}).
 */
public final class TestBroker implements AutoCloseable {

    public static final String DEAD_LETTER_ADDRESS = "DLA";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final int port;

    public TestBroker() throws Exception {
        this.port = freePort();
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        configuration.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                .setAutoCreateDeadLetterResources(true)
                .setMaxDeliveryAttempts(5)
                .setRedeliveryDelay(100));
        broker.setConfiguration(configuration);
        broker.start();
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Counters of a queue (and of its dead-letter queue), for a test's failure message. */
    public String stats(String queueName) {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {queueName, "DLQ." + queueName}) {
            Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(name));
            if (queue == null) {
                text.append(name).append(": none; ");
            } else {
                text.append(name).append(": messages ").append(queue.getMessageCount())
                        .append(", delivering ").append(queue.getDeliveringCount())
                        .append(", added ").append(queue.getMessagesAdded())
                        .append(", acknowledged ").append(queue.getMessagesAcknowledged())
                        .append(", killed ").append(queue.getMessagesKilled())
                        .append(", expired ").append(queue.getMessagesExpired())
                        .append(", consumers ").append(queue.getConsumerCount()).append("; ");
            }
        }
        return text.toString();
    }

    /** How many messages sit in the dead-letter queue of {@code queueName}. */
    public long deadLetters(String queueName) {
        Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of("DLQ." + queueName));
        return queue == null ? 0 : queue.getMessageCount();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
