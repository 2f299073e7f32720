package cn.gkgateway.notification;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.DeclarationSubmitted;
import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationCache;
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
 * Tells a person that their unit has declared them (申报提醒): the first submission of a unit's declaration sends the
 * worker an SMS naming the unit, the year, work type and level, so that nobody is declared without knowing it (a
 * declaration made in someone's name is noticed by that person). A resubmission and an applicant's own declaration
 * send nothing: the author is the one who acted.
 */
@Service
public class SubmissionNotices implements EventNotices<DeclarationSubmitted> {

    public static final String KIND = "DECLARED_BY_UNIT_SMS";

    private final Declarations declarations;
    private final Workers workers;
    private final Catalog catalog;
    private final PersonalDataProtector protector;
    private final OrganisationCache organisations;

    public SubmissionNotices(Declarations declarations, Workers workers, Catalog catalog, PersonalDataProtector protector,
                             OrganisationCache organisations) {
        this.declarations = declarations;
        this.workers = workers;
        this.catalog = catalog;
        this.protector = protector;
        this.organisations = organisations;
    }

    @Override
    public String eventType() {
        return DeclarationSubmitted.TYPE;
    }

    @Override
    public Class<DeclarationSubmitted> eventClass() {
        return DeclarationSubmitted.class;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Optional<SmsMessage>> composeAll(List<DeclarationSubmitted> events) {
        NamedDeclarations named = NamedDeclarations.read(events.stream().filter(DeclarationSubmitted::firstByUnit)
                .map(DeclarationSubmitted::declarationId).collect(Collectors.toSet()), declarations, workers, catalog, protector);
        Map<UUID, Optional<SmsMessage>> messages = new HashMap<>();
        for (DeclarationSubmitted event : events) {
            messages.put(event.eventId(), compose(event, named));
        }
        return messages;
    }

    private Optional<SmsMessage> compose(DeclarationSubmitted event, NamedDeclarations named) {
        if (!event.firstByUnit()) {
            return Optional.empty();
        }
        Declaration declaration = named.declaration(event.eventId(), event.declarationId());
        Worker worker = named.worker(event.eventId(), declaration);
        return named.phone(worker).map(phone -> {
            Map<String, String> params = named.params(declaration, worker);
            params.put("unit", organisations.find(declaration.getUnitId()).map(Organisation::getName).orElse("您的单位"));
            return new SmsMessage(event.eventId().toString(), phone, SmsTemplate.DECLARED_BY_UNIT, params);
        });
    }
}
