package cn.gkgateway.messaging;

import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.NotificationLedger.NewSms;
import cn.gkgateway.notification.ReviewNotifications;
import cn.gkgateway.notification.SmsMessage;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit for the ledger: concurrent consumers hand in their events and wait; one writer
 * thread composes whatever has gathered with set-based reads and inserts the rows in one
 * transaction, then releases them. A consumer returns (and its broker message is acknowledged)
 * only after its row is committed — the semantics of one insert per message, at the cost of one
 * commit and two reads per batch instead of per event. If a batch fails, its events are retried
 * one by one, so one bad event fails alone (and is redelivered by the broker) rather than its batch.
 */
@Component
public class LedgerWriter {

    private static final Logger log = LoggerFactory.getLogger(LedgerWriter.class);
    private static final int MAX_BATCH = 500;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private record Pending(ReviewDecided event, String kind, CompletableFuture<Boolean> committed) {
    }

    private final ReviewNotifications notifications;
    private final NotificationLedger ledger;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    public LedgerWriter(ReviewNotifications notifications, NotificationLedger ledger, TransactionTemplate transaction) {
        this.notifications = notifications;
        this.ledger = ledger;
        this.transaction = transaction;
        this.writer = new Thread(this::run, "ledger-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Records the SMS of a review decision (if it sends one) and returns once it is committed.
     *
     * @return whether the event makes an SMS (a row exists for it now)
     * @throws IllegalStateException if the write failed; the caller's message is then redelivered
     */
    public boolean record(ReviewDecided event, String kind) {
        Pending pending = new Pending(event, kind, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.committed().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the ledger row was written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the ledger row of event " + event.eventId() + " was not written: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the ledger row of event " + event.eventId() + " was not written in time", e);
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
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(pending -> pending.committed().completeExceptionally(e));
                return;
            } catch (RuntimeException batchFailed) {
                log.debug("ledger batch of {} failed, writing one by one", batch.size(), batchFailed);
                for (Pending pending : batch) {
                    try {
                        write(List.of(pending));
                    } catch (RuntimeException e) {
                        pending.committed().completeExceptionally(e);
                    }
                }
            }
        }
    }

    private void write(List<Pending> batch) {
        Map<UUID, Optional<SmsMessage>> messages = transaction.execute(status -> {
            Map<UUID, Optional<SmsMessage>> composed = notifications.composeAll(batch.stream().map(Pending::event).toList());
            ledger.recordSms(batch.stream().filter(pending -> composed.get(pending.event().eventId()).isPresent())
                    .map(pending -> new NewSms(pending.event().eventId().toString(), pending.kind(),
                            composed.get(pending.event().eventId()).orElseThrow()))
                    .toList());
            return composed;
        });
        batch.forEach(pending -> pending.committed().complete(messages != null && messages.get(pending.event().eventId()).isPresent()));
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }
}
