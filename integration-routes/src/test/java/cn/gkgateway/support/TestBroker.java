package cn.gkgateway.support;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A stand-alone Artemis broker on a free loopback TCP port, shared by gateway instances a test starts (non-persistent). */
public final class TestBroker implements AutoCloseable {

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final int port;

    public TestBroker() throws Exception {
        this.port = freePort();
        broker.setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port));
        broker.start();
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
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
