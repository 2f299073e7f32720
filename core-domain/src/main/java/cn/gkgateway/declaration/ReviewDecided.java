package cn.gkgateway.declaration;

import cn.gkgateway.review.Decision;

import java.time.Instant;
import java.util.UUID;

/**
 * A review step of a declaration was decided. {@code finalStatus} is the declaration's status
 * after the decision; {@code chainFinished} tells whether the chain has ended.
 */
public record ReviewDecided(UUID eventId, long declarationId, int stepNo, String stepName, Decision decision,
                            String reason, DeclarationStatus finalStatus, boolean chainFinished, Instant occurredAt)
        implements DeclarationEvent {

    public static final String TYPE = "review.decided";

    @Override
    public String eventType() {
        return TYPE;
    }
}
