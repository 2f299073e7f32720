package cn.gkgateway.declaration;

import java.time.Instant;
import java.util.UUID;

/**
 * A declaration went to review: submitted ({@code round} 1) or resubmitted after a return (a later round), by its
 * author (the unit, or the applicant of an individual declaration). Written to the outbox in the submission's
 * transaction.
 */
public record DeclarationSubmitted(UUID eventId, long declarationId, int round, AuthorKind authorKind, Instant occurredAt)
        implements DeclarationEvent {

    public static final String TYPE = "declaration.submitted";

    static DeclarationSubmitted of(Declaration declaration, Instant at) {
        return new DeclarationSubmitted(UUID.randomUUID(), declaration.getId(), declaration.getRound(), declaration.getAuthorKind(), at);
    }

    /** A unit declared the person for the first time: the person did not submit it themselves. */
    public boolean firstByUnit() {
        return round == 1 && authorKind == AuthorKind.UNIT;
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
