package cn.gkgateway.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Threads for {@link SmsGateway#sendAsync} of connectors that can only send synchronously. */
final class BlockingSends {

    static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sms-blocking-send");
        thread.setDaemon(true);
        return thread;
    });

    private BlockingSends() {
    }
}
