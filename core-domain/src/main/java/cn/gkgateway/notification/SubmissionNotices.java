package cn.gkgateway.notification;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.declaration.DeclarationSubmitted;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationCache;
import org.springframework.beans.factory.annotation.Value;
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
 * Tells a person that their unit has declared them (申报提醒): the first submission of a unit's declaration sends the
 * worker an SMS naming the unit, the year, work type and level, so that nobody is declared without knowing it (a
 * declaration made in someone's name is noticed by that person). A resubmission and an applicant's own declaration
 * send nothing: the author is the one who acted. The notice is the exam office's choice ({@code
 * gk.notifications.declared-by-unit}, off by default: one more SMS per declaration, paid for, and on the last day a
 * second SMS stream beside the review results); while it is off the events are consumed and nothing is written.
 */
@Service
public class SubmissionNotices implements EventNotices<DeclarationSubmitted> {

    public static final String KIND = "DECLARED_BY_UNIT_SMS";

    private final JdbcTemplate jdbc;
    private final Catalog catalog;
    private final PersonalDataProtector protector;
    private final OrganisationCache organisations;
    private final boolean enabled;

    public SubmissionNotices(JdbcTemplate jdbc, Catalog catalog, PersonalDataProtector protector, OrganisationCache organisations,
                             @Value("${gk.notifications.declared-by-unit:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.protector = protector;
        this.organisations = organisations;
        this.enabled = enabled;
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
        Map<UUID, Optional<SmsMessage>> messages = new HashMap<>();
        if (!enabled) {
            events.forEach(event -> messages.put(event.eventId(), Optional.empty()));
            return messages;
        }
        NamedDeclarations named = NamedDeclarations.read(events.stream().filter(DeclarationSubmitted::firstByUnit)
                .map(DeclarationSubmitted::declarationId).collect(Collectors.toSet()), jdbc, catalog, protector);
        for (DeclarationSubmitted event : events) {
            messages.put(event.eventId(), compose(event, named));
        }
        return messages;
    }

    private Optional<SmsMessage> compose(DeclarationSubmitted event, NamedDeclarations named) {
        if (!event.firstByUnit()) {
            return Optional.empty();
        }
        NamedDeclarations.Named declaration = named.declaration(event.eventId(), event.declarationId());
        return named.phone(declaration).map(phone -> {
            Map<String, String> params = named.params(declaration);
            params.put("unit", organisations.find(declaration.unitId()).map(Organisation::getName).orElse("您的单位"));
            return new SmsMessage(event.eventId().toString(), phone, SmsTemplate.DECLARED_BY_UNIT, params);
        });
    }
}
