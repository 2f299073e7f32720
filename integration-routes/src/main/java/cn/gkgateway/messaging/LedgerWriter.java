package cn.gkgateway.messaging;

import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.NotificationLedger.NewSms;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit for the ledger: concurrent consumers hand in their rows and wait; one writer thread
 * inserts whatever has gathered in one transaction and releases them. A consumer returns (and its
 * broker message is acknowledged) only after its row is committed, so the semantics are those of
 * one insert per message, at the cost of one commit per batch instead of one per event (a commit
 * waits for the database's log flush: the dominant cost of a consumer otherwise).
 */
@Component
public class LedgerWriter {

    private static final int MAX_BATCH = 500;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private record Pending(NewSms sms, CompletableFuture<Void> committed) {
    }

    private final NotificationLedger ledger;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    public LedgerWriter(NotificationLedger ledger) {
        this.ledger = ledger;
        this.writer = new Thread(this::run, "ledger-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Records the SMS and returns once it is committed; throws if the write failed (the caller's message is then redelivered). */
    public void record(NewSms sms) {
        Pending pending = new Pending(sms, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.committed().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the ledger row was written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the ledger row of event " + sms.eventId() + " was not written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the ledger row of event " + sms.eventId() + " was not written in time", e);
        }
    }

    private void run() {
        while (running) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                ledger.recordSms(batch.stream().map(Pending::sms).toList());
                batch.forEach(pending -> pending.committed().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(pending -> pending.committed().completeExceptionally(e));
                return;
            } catch (RuntimeException e) {
                batch.forEach(pending -> pending.committed().completeExceptionally(e));
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }
}
