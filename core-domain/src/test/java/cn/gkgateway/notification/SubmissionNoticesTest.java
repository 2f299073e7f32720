package cn.gkgateway.notification;

import cn.gkgateway.declaration.AuthorKind;
import cn.gkgateway.declaration.DeclarationSubmitted;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The 申报提醒 is the exam office's choice: switched off (the default), a unit's submission sends nothing and reads nothing. */
class SubmissionNoticesTest {

    @Test
    void switchedOffEverySubmissionIsConsumedWithoutAText() {
        // no database, catalog or keys: switched off, nothing is read
        SubmissionNotices off = new SubmissionNotices(null, null, null, null, false);
        DeclarationSubmitted byUnit = new DeclarationSubmitted(UUID.randomUUID(), 1, 1, AuthorKind.UNIT, Instant.EPOCH);
        DeclarationSubmitted byApplicant = new DeclarationSubmitted(UUID.randomUUID(), 2, 1, AuthorKind.APPLICANT, Instant.EPOCH);

        var composed = off.composeAll(List.of(byUnit, byApplicant));

        assertThat(composed).containsOnlyKeys(byUnit.eventId(), byApplicant.eventId());
        assertThat(composed.values()).allMatch(java.util.Optional::isEmpty);
    }
}
