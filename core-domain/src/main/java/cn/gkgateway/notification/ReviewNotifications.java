package cn.gkgateway.notification;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.declaration.AuthorKind;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a review decision into the applicant's SMS. Applicants hear when their declaration is
 * finally approved, rejected or returned; an approval that only passes it on to the next step
 * sends nothing (the progress page shows it).
 */
@Service
public class ReviewNotifications {

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

    @Transactional(readOnly = true)
    public Optional<SmsMessage> compose(ReviewDecided event) {
        return composeAll(List.of(event)).get(event.eventId());
    }

    /**
     * Composes the messages of many events with two set-based reads (their declarations, then
     * their workers) instead of two reads per event.
     *
     * @return for each event its message, or empty when it sends nothing
     * @throws IllegalStateException when an event's declaration or worker is missing
     */
    @Transactional(readOnly = true)
    public Map<UUID, Optional<SmsMessage>> composeAll(List<ReviewDecided> events) {
        Map<Long, Declaration> byId = declarations.findAllById(events.stream().filter(ReviewDecided::chainFinished)
                .map(ReviewDecided::declarationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Declaration::getId, Function.identity()));
        Map<Long, Worker> workerById = workers.findAllById(byId.values().stream().map(Declaration::getWorkerId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Worker::getId, Function.identity()));
        Map<UUID, Optional<SmsMessage>> messages = new HashMap<>();
        for (ReviewDecided event : events) {
            messages.put(event.eventId(), compose(event, byId, workerById));
        }
        return messages;
    }

    private Optional<SmsMessage> compose(ReviewDecided event, Map<Long, Declaration> byId, Map<Long, Worker> workerById) {
        if (!event.chainFinished()) {
            return Optional.empty();
        }
        Declaration declaration = byId.get(event.declarationId());
        if (declaration == null) {
            throw new IllegalStateException("declaration " + event.declarationId() + " of event " + event.eventId() + " is missing");
        }
        Worker worker = workerById.get(declaration.getWorkerId());
        if (worker == null) {
            throw new IllegalStateException("worker " + declaration.getWorkerId() + " of event " + event.eventId() + " is missing");
        }
        if (worker.getPhoneCipher() == null) {
            return Optional.empty();
        }
        SmsTemplate template = switch (event.decision()) {
            case APPROVE -> SmsTemplate.REVIEW_APPROVED;
            case REJECT -> SmsTemplate.REVIEW_REJECTED;
            case RETURN -> declaration.getAuthorKind() == AuthorKind.APPLICANT
                    ? SmsTemplate.REVIEW_RETURNED : SmsTemplate.REVIEW_RETURNED_TO_UNIT;
        };
        Map<String, String> params = Map.of(
                "name", worker.getName(),
                "year", String.valueOf(declaration.getYear()),
                "workType", catalog.find(declaration.getWorkTypeCode()).map(WorkType::getName).orElse(declaration.getWorkTypeCode()),
                "level", declaration.getTargetLevel().displayName(),
                "step", event.stepName(),
                "reason", event.reason() == null ? "无" : event.reason());
        PhoneNumber phone = PhoneNumber.parse(protector.decrypt(worker.getPhoneCipher()), "phone");
        return Optional.of(new SmsMessage(event.eventId().toString(), phone, template, params));
    }
}
