package cn.gkgateway.messaging;

import cn.gkgateway.notification.EventNotices;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.NotificationLedger.NewSms;
import cn.gkgateway.notification.SmsMessage;
import cn.gkgateway.outbox.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the ledger rows of a batch of events in one transaction: the texts of all its events
 * composed with one read of their declarations and workers, the rows inserted with a few
 * multi-row INSERTs, one commit. If the batch fails, its events are written one by one, so that
 * one bad event fails alone and the others are committed.
 */
@Component
public class LedgerWriter {

    private static final Logger log = LoggerFactory.getLogger(LedgerWriter.class);

    private final NotificationLedger ledger;
    private final TransactionTemplate transaction;

    public LedgerWriter(NotificationLedger ledger, TransactionTemplate transaction) {
        this.ledger = ledger;
        this.transaction = transaction;
    }

    /** The outcome of a batch: how many rows it made, and the events that could not be written. */
    public record Written(int rows, List<UUID> failed, RuntimeException firstFailure) {
    }

    /**
     * Records the SMS of each event (if it sends one) and returns once the rows are committed.
     * A (event, kind) the ledger already has is left as it is.
     */
    public <E extends DomainEvent> Written write(List<E> events, EventNotices<E> notices) {
        try {
            return new Written(writeTogether(events, notices), List.of(), null);
        } catch (RuntimeException batchFailed) {
            log.debug("ledger batch of {} failed, writing one by one", events.size(), batchFailed);
            int rows = 0;
            List<UUID> failed = new ArrayList<>();
            RuntimeException first = null;
            for (E event : events) {
                try {
                    rows += writeTogether(List.of(event), notices);
                } catch (RuntimeException e) {
                    failed.add(event.eventId());
                    first = first == null ? e : first;
                }
            }
            return new Written(rows, failed, first);
        }
    }

    private <E extends DomainEvent> int writeTogether(List<E> events, EventNotices<E> notices) {
        Integer rows = transaction.execute(status -> {
            Map<UUID, Optional<SmsMessage>> composed = notices.composeAll(events);
            // an event delivered twice in one batch makes one row
            Map<UUID, NewSms> rowsByEvent = new LinkedHashMap<>();
            for (E event : events) {
                composed.get(event.eventId()).ifPresent(message ->
                        rowsByEvent.putIfAbsent(event.eventId(), new NewSms(event.eventId().toString(), notices.kind(), message)));
            }
            ledger.recordSms(List.copyOf(rowsByEvent.values()));
            return rowsByEvent.size();
        });
        return rows == null ? 0 : rows;
    }
}
