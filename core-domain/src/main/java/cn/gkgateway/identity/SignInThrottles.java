package cn.gkgateway.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

/** Failure counts of unknown usernames; the same single-statement counting as {@link Accounts#countFailure}. */
public interface SignInThrottles extends JpaRepository<SignInThrottle, String> {

    /** Counts one failure; answers 0 when there is no row yet or the name is locked. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update SignInThrottle t set
              t.lastFailureAt = :now,
              t.lockedUntil = case when t.failedAttempts + 1 >= :max then :until else t.lockedUntil end,
              t.failedAttempts = case when t.failedAttempts + 1 >= :max then 0 else t.failedAttempts + 1 end
            where t.nameHash = :hash and (t.lockedUntil is null or t.lockedUntil <= :now)""")
    int countFailure(@Param("hash") String hash, @Param("max") int max, @Param("now") Instant now, @Param("until") Instant until);
}
