package cn.gkgateway.messaging;

import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.notification.Notification;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.NotificationOutcome;
import cn.gkgateway.notification.NotificationStatus;
import cn.gkgateway.notification.RetrySchedule;
import cn.gkgateway.notification.SmsGateway;
import cn.gkgateway.notification.SmsMessage;
import cn.gkgateway.notification.SmsSendFailure;
import cn.gkgateway.notification.SmsTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the ledger's due SMS rows. Each cycle writes back the outcomes gathered so far (one
 * batch UPDATE), then claims as many due rows as the window has room for (with a lease, so
 * instances claim disjoint rows and a dead instance's rows come back after the lease) and starts
 * an asynchronous request for each (no thread waits for an answer): at most {@code sms-window}
 * requests in flight, at most {@code sms-rate-per-second} started per second. The row id is the idempotency key, so a resend
 * after an unknown outcome cannot produce a second message. Outcomes: accepted ⇒ SENT; refused for
 * good ⇒ REFUSED and the original event parked; no answer ⇒ UNKNOWN, retried; unreachable ⇒
 * retried; retries used up ⇒ FAILED and parked; a credential fault ⇒ retried without end and
 * reported by health.
 */
@Component
public class SmsDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);
    /** How long finished sends gather before their outcomes are written in one batch. */
    private static final Duration FLUSH_WAIT = Duration.ofMillis(20);

    private final NotificationLedger ledger;
    private final SmsGateway gateway;
    private final ParkedMessages parked;
    private final Clock clock;
    private final MessagingProperties properties;
    private final RetrySchedule retries;
    private final String owner;
    private final Semaphore window;
    private final RateLimit rate;
    private final Queue<Attempt> finished = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Wakeup wakeup = new Wakeup();
    private final IdleBackoff idle;
    private final int claimThreshold;
    private final StateLog state = new StateLog(log, "SMS dispatch (database)");
    private volatile String credentialFault;

    private record Attempt(Notification row, NotificationOutcome outcome) {
    }

    public SmsDispatcher(NotificationLedger ledger, SmsGateway gateway, ParkedMessages parked, Clock clock,
                         MessagingProperties properties, InstanceId instanceId) {
        this.ledger = ledger;
        this.gateway = gateway;
        this.parked = parked;
        this.clock = clock;
        this.properties = properties;
        this.retries = new RetrySchedule(properties.smsRetryDelays());
        this.owner = instanceId.value();
        this.window = new Semaphore(properties.smsWindow());
        this.rate = new RateLimit(properties.smsRatePerSecond());
        this.idle = new IdleBackoff(Duration.ofMillis(100), properties.dispatchIdleMax());
        this.claimThreshold = Math.max(1, Math.min(properties.smsWindow() / 2, properties.smsClaimBatch()));
    }

    /** Called when rows became due in this process: ends an idle wait at once. */
    public void wake() {
        wakeup.wake();
    }

    /**
     * One step of the dispatch loop (driven by the {@code sms-dispatch} route). Claims only when at
     * least half the window (or a claim batch) is free, and lets finished sends gather for a few
     * milliseconds, so that claims and outcome writes stay batches rather than one row each.
     */
    public void cycle() throws InterruptedException {
        try {
            flush();
            int room = window.availablePermits();
            if (room < claimThreshold && inFlight.get() > 0) {
                Thread.sleep(FLUSH_WAIT.toMillis());
                return;
            }
            List<Notification> claimed = ledger.claimDue(owner, Math.min(room, properties.smsClaimBatch()), properties.smsLease());
            state.ok();
            for (Notification row : claimed) {
                window.acquire();
                rate.acquire();
                inFlight.incrementAndGet();
                send(row);
            }
            if (!claimed.isEmpty()) {
                idle.busy();
            } else if (inFlight.get() > 0) {
                Thread.sleep(FLUSH_WAIT.toMillis());
            } else if (wakeup.await(idle.idle())) {
                idle.busy();
            }
        } catch (RuntimeException e) {
            state.failed(e);
            Thread.sleep(idle.idle().toMillis());
        }
    }

    /** The provider refused our credentials on the last attempt, and why; null when it did not. */
    public String credentialFault() {
        return credentialFault;
    }

    public String downReason() {
        return state.downReason();
    }

    /** Starts the request of one claimed row; its outcome is gathered when the provider answers. */
    private void send(Notification row) {
        CompletableFuture<String> answer;
        try {
            SmsMessage message = new SmsMessage(String.valueOf(row.id()), PhoneNumber.parse(ledger.recipient(row), "phone"),
                    SmsTemplate.ofCode(row.templateCode()), ledger.openVariables(row));
            answer = gateway.sendAsync(message);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((providerId, error) -> {
            try {
                finished.add(new Attempt(row, error == null ? accepted(row, providerId) : outcome(row, error)));
            } finally {
                inFlight.decrementAndGet();
                window.release();
            }
        });
    }

    private NotificationOutcome accepted(Notification row, String providerId) {
        credentialFault = null;
        return NotificationOutcome.sent(row.id(), providerId);
    }

    private NotificationOutcome outcome(Notification row, Throwable error) {
        int attempts = row.attempts() + 1;
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof SmsSendFailure failure) {
            return switch (failure.kind()) {
                case REFUSED -> new NotificationOutcome(row.id(), NotificationStatus.REFUSED, null, failure.getMessage(), null);
                case AUTH -> {
                    credentialFault = failure.getMessage();
                    yield retry(row, row.status(), attempts, failure.getMessage(), false);
                }
                case UNKNOWN -> retry(row, NotificationStatus.UNKNOWN, attempts, failure.getMessage(), true);
                case RETRYABLE -> retry(row, row.status(), attempts, failure.getMessage(), true);
            };
        }
        log.error("SMS {} could not be attempted", row, cause);
        return retry(row, row.status(), attempts, cause.toString(), true);
    }

    private NotificationOutcome retry(Notification row, NotificationStatus status, int attempts, String error, boolean mayGiveUp) {
        if (mayGiveUp && retries.exhausted(attempts)) {
            return new NotificationOutcome(row.id(), NotificationStatus.FAILED, null, error, null);
        }
        return new NotificationOutcome(row.id(), status, null, error, clock.instant().plus(retries.delayAfter(attempts)));
    }

    private void flush() {
        List<Attempt> batch = new ArrayList<>();
        Attempt attempt;
        while ((attempt = finished.poll()) != null) {
            batch.add(attempt);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            ledger.record(batch.stream().map(Attempt::outcome).toList(), owner);
        } catch (RuntimeException e) {
            // the rows stay claimed until their lease ends, then they are attempted again with the same key
            finished.addAll(batch);
            throw e;
        }
        List<Long> sentWithSealed = batch.stream()
                .filter(done -> done.outcome().status() == NotificationStatus.SENT && NotificationLedger.hasSealed(done.row()))
                .map(done -> done.row().id()).toList();
        if (!sentWithSealed.isEmpty()) {
            try {
                ledger.forgetSealed(sentWithSealed);
            } catch (RuntimeException e) {
                // the rows keep the code sealed (encrypted), never in plain text
                log.warn("sealed variables of sent SMS {} not dropped: {}", sentWithSealed, e.getMessage());
            }
        }
        for (Attempt done : batch) {
            NotificationStatus status = done.outcome().status();
            if (status == NotificationStatus.REFUSED || status == NotificationStatus.FAILED) {
                log.warn("SMS {} {}: {}", done.row().id(), status, done.outcome().lastError());
                parked.park(done.row(), status, done.outcome().lastError());
            }
        }
    }

}
