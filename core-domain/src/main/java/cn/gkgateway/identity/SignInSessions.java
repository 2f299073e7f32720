package cn.gkgateway.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SignInSessions extends JpaRepository<SignInSession, String> {

    /** The session and its account's current state in one read, for the per-request check. */
    @Query("""
            select new cn.gkgateway.identity.SessionState(s.id, a.id, s.lastSeenAt, s.endedAt, a.enabled, a.lockedUntil,
                   a.tokenVersion, a.mustChangePassword)
            from SignInSession s, Account a where a.id = s.accountId and s.id = :id""")
    Optional<SessionState> stateOf(@Param("id") String id);

    /** Renews a session that is in use. */
    @Transactional
    @Modifying
    @Query("update SignInSession s set s.lastSeenAt = :now where s.id = :id and s.endedAt is null")
    int touch(@Param("id") String id, @Param("now") Instant now);

    /** Ends a session (logout). */
    @Transactional
    @Modifying
    @Query("update SignInSession s set s.endedAt = :now where s.id = :id and s.endedAt is null")
    int end(@Param("id") String id, @Param("now") Instant now);

    /**
     * Deletes an account's sessions that ended or were last used before {@code cutoff}. Reads their ids first and
     * deletes by primary key: a {@code DELETE ... WHERE account_id = ?} locks the gap of the account index on
     * MariaDB/InnoDB, and two accounts signing in at once (both without old sessions, so in the same gap) then
     * deadlocked on their session inserts (seen with 100 concurrent sign-ins in {@code ./scripts/bench rush}).
     */
    default int purge(long accountId, Instant cutoff) {
        List<String> ids = purgeable(accountId, cutoff);
        if (!ids.isEmpty()) {
            deleteAllByIdInBatch(ids);
        }
        return ids.size();
    }

    /** The ids of an account's sessions that ended or were last used before {@code cutoff}. */
    @Query("select s.id from SignInSession s where s.accountId = :accountId and (s.endedAt is not null or s.lastSeenAt < :cutoff)")
    List<String> purgeable(@Param("accountId") long accountId, @Param("cutoff") Instant cutoff);

    /** Ends every open session of the account except {@code keepId} (null: all), e.g. after a phone change. */
    @Modifying
    @Query("""
            update SignInSession s set s.endedAt = :now
            where s.accountId = :accountId and s.endedAt is null and (:keepId is null or s.id <> :keepId)""")
    int endOthers(@Param("accountId") long accountId, @Param("keepId") String keepId, @Param("now") Instant now);
}
