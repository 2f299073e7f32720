package cn.gkgateway.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Records audit entries in the caller's transaction: no change without its entry, no entry without its change. */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final AuditEntries entries;
    private final Clock clock;

    public AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** @param detail free text that must already be masked (use the value objects' {@code toString}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String targetType, Long targetId, String detail) {
        save(actor, action, targetType, targetId, detail);
    }

    /**
     * Records a refused request in a transaction of its own, so the entry stays when the
     * caller's transaction rolls back with the refusal.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Actor actor, String action, String targetType, Long targetId, String detail) {
        save(actor, action, targetType, targetId, detail);
    }

    private void save(Actor actor, String action, String targetType, Long targetId, String detail) {
        String shortened = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        entries.save(new AuditEntry(clock.instant(), actor.accountId(), actor.username(), actor.roleName(),
                action, targetType, targetId, shortened));
    }
}
