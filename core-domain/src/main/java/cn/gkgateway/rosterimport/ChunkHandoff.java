package cn.gkgateway.rosterimport;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the reading of a file (unzip, XML, row checks) on a thread of its own while the calling
 * thread, which holds the transaction, hashes, encrypts and inserts the chunks it hands over: the
 * two halves of an import then use two cores instead of taking turns. At most {@link #DEPTH}
 * chunks wait between them, so memory stays bounded. A failure on either side ends both: the
 * reader's exception is rethrown on the calling thread (so the transaction rolls back), and a
 * failure of the calling thread makes the reader stop at its next chunk. The calling thread always
 * waits for the reader to end, so nothing touches the request after the call returns.
 */
final class ChunkHandoff<T> {

    static final int DEPTH = 2;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH + 1);
    private volatile boolean abandoned;

    private ChunkHandoff() {
    }

    /** {@code producer} gets a sink for its chunks and runs on a new thread; {@code consumer} receives them here, in order. */
    @SuppressWarnings("unchecked")
    static <T> void run(String name, Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        ChunkHandoff<T> handoff = new ChunkHandoff<>();
        Thread reader = new Thread(() -> {
            Object last = END;
            try {
                producer.accept(handoff::put);
            } catch (RuntimeException | Error e) {
                last = e;
            }
            if (!handoff.abandoned) {
                handoff.put(last);
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        boolean interrupted = false;
        try {
            while (true) {
                Object next;
                try {
                    next = handoff.queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                    throw new IllegalStateException("interrupted while importing", e);
                }
                if (next == END) {
                    return;
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                if (next instanceof Error e) {
                    throw e;
                }
                consumer.accept((T) next);
            }
        } finally {
            handoff.abandoned = true;
            handoff.queue.clear();
            while (reader.isAlive()) {
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new CancellationException("the import ended on the other side");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        if (abandoned && item != END) {
            throw new CancellationException("the import ended on the other side");
        }
    }
}
