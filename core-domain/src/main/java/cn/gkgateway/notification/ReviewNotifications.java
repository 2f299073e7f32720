package cn.gkgateway.notification;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.declaration.AuthorKind;
import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.identity.PersonalDataProtector;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Catalog catalog;
    private final PersonalDataProtector protector;

    public ReviewNotifications(JdbcTemplate jdbc, Catalog catalog, PersonalDataProtector protector) {
        this.jdbc = jdbc;
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
     * Composes the messages of many events with one read of their declarations and workers
     * instead of two reads per event.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Optional<SmsMessage>> composeAll(List<ReviewDecided> events) {
        NamedDeclarations named = NamedDeclarations.read(events.stream().filter(ReviewDecided::chainFinished)
                .map(ReviewDecided::declarationId).collect(Collectors.toSet()), jdbc, catalog, protector);
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
        NamedDeclarations.Named declaration = named.declaration(event.eventId(), event.declarationId());
        SmsTemplate template = switch (event.decision()) {
            case APPROVE -> SmsTemplate.REVIEW_APPROVED;
            case REJECT -> SmsTemplate.REVIEW_REJECTED;
            case RETURN -> declaration.authorKind() == AuthorKind.APPLICANT
                    ? SmsTemplate.REVIEW_RETURNED : SmsTemplate.REVIEW_RETURNED_TO_UNIT;
        };
        return named.phone(declaration).map(phone -> {
            Map<String, String> params = named.params(declaration);
            params.put("step", event.stepName());
            params.put("reason", event.reason() == null ? "无" : event.reason());
            return new SmsMessage(event.eventId().toString(), phone, template, params);
        });
    }
}
