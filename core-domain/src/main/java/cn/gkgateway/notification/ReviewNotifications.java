package cn.gkgateway.notification;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;

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
        if (!event.chainFinished()) {
            return Optional.empty();
        }
        Declaration declaration = declarations.findById(event.declarationId()).orElseThrow(
                () -> new IllegalStateException("declaration " + event.declarationId() + " of event " + event.eventId() + " is missing"));
        Worker worker = workers.findById(declaration.getWorkerId()).orElseThrow();
        if (worker.getPhoneCipher() == null) {
            return Optional.empty();
        }
        SmsTemplate template = switch (event.decision()) {
            case APPROVE -> SmsTemplate.REVIEW_APPROVED;
            case REJECT -> SmsTemplate.REVIEW_REJECTED;
            case RETURN -> SmsTemplate.REVIEW_RETURNED;
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
