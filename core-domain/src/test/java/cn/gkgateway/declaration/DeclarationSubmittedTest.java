package cn.gkgateway.declaration;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose submission tells the person: only a unit's first one (the 申报提醒); the author of the others is the one who acted. */
class DeclarationSubmittedTest {

    private static DeclarationSubmitted event(int round, AuthorKind author) {
        return new DeclarationSubmitted(UUID.randomUUID(), 7, round, author, Instant.EPOCH);
    }

    @Test
    void onlyAUnitsFirstSubmissionIsNoticed() {
        assertThat(event(1, AuthorKind.UNIT).firstByUnit()).isTrue();
        assertThat(event(2, AuthorKind.UNIT).firstByUnit()).isFalse();
        assertThat(event(1, AuthorKind.APPLICANT).firstByUnit()).isFalse();
        assertThat(event(1, AuthorKind.UNIT).eventType()).isEqualTo("declaration.submitted");
        assertThat(event(1, AuthorKind.UNIT).aggregateId()).isEqualTo(7);
    }
}
