package cn.gkgateway.notification;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.declaration.AuthorKind;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a review decision into the applicant's SMS. Applicants hear when their declaration is
 * finally approved, rejected or returned; an approval that only passes it on to the next step
 * sends nothing (the progress page shows it).
 */
@Service
public class ReviewNotifications implements EventNotices<ReviewDecided> {

    /** The ledger kind of the applicant's SMS about a review decision. */
    public static final String KIND = "REVIEW_DECIDED_SMS";

    private final Declarations declarations;
    private final Workers workers;
    private final Catalog catalog;
    private final PersonalDataProtector protector;

    public ReviewNotifications(Declarations declarations, Workers workers, Catalog catalog, PersonalDataProtector protector) {
        this.declarations = declarations;
        this.workers = workers;
        this.catalog = catalog;
        this.protector = protector;
    }

    @Override
    public String eventType() {
        return ReviewDecided.TYPE;
    }

    @Override
    public Class<ReviewDecided> eventClass() {
        return ReviewDecided.class;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Composes the messages of many events with two set-based reads (their declarations, then
     * their workers) instead of two reads per event.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Optional<SmsMessage>> composeAll(List<ReviewDecided> events) {
        NamedDeclarations named = NamedDeclarations.read(events.stream().filter(ReviewDecided::chainFinished)
                .map(ReviewDecided::declarationId).collect(Collectors.toSet()), declarations, workers, catalog, protector);
        Map<UUID, Optional<SmsMessage>> messages = new HashMap<>();
        for (ReviewDecided event : events) {
            messages.put(event.eventId(), compose(event, named));
        }
        return messages;
    }

    private static Optional<SmsMessage> compose(ReviewDecided event, NamedDeclarations named) {
        if (!event.chainFinished()) {
            return Optional.empty();
        }
        Declaration declaration = named.declaration(event.eventId(), event.declarationId());
        Worker worker = named.worker(event.eventId(), declaration);
        SmsTemplate template = switch (event.decision()) {
            case APPROVE -> SmsTemplate.REVIEW_APPROVED;
            case REJECT -> SmsTemplate.REVIEW_REJECTED;
            case RETURN -> declaration.getAuthorKind() == AuthorKind.APPLICANT
                    ? SmsTemplate.REVIEW_RETURNED : SmsTemplate.REVIEW_RETURNED_TO_UNIT;
        };
        return named.phone(worker).map(phone -> {
            Map<String, String> params = named.params(declaration, worker);
            params.put("step", event.stepName());
            params.put("reason", event.reason() == null ? "无" : event.reason());
            return new SmsMessage(event.eventId().toString(), phone, template, params);
        });
    }
}
