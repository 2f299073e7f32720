package cn.gkgateway.identity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByRole(Role role);

    /**
     * Counts one failed sign-in in a single statement, so that parallel guesses cannot slip past the
     * count: the {@code max}-th failure locks the account until {@code until}, clears the count and
     * ends the account's tokens. Answers 0 when the account is already locked (nothing counted).
     * Assignments are in an order that gives the same result whether the database evaluates them
     * left to right (MySQL, MariaDB) or all at once.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Account a set
              a.lockedUntil = case when a.failedAttempts + 1 >= :max then :until else a.lockedUntil end,
              a.tokenVersion = case when a.failedAttempts + 1 >= :max then a.tokenVersion + 1 else a.tokenVersion end,
              a.failedAttempts = case when a.failedAttempts + 1 >= :max then 0 else a.failedAttempts + 1 end,
              a.lastFailureAt = :now
            where a.id = :id and (a.lockedUntil is null or a.lockedUntil <= :now)""")
    int countFailure(@Param("id") long id, @Param("max") int max, @Param("now") Instant now, @Param("until") Instant until);

    /** Clears the failure count after a good password; answers 0 when the account got locked meanwhile. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Account a set a.failedAttempts = 0 where a.id = :id and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int clearFailures(@Param("id") long id, @Param("now") Instant now);

    boolean existsByUsername(String username);

    /** Accounts of a role for the person with this keyed hash of the ID number. */
    java.util.List<Account> findByPersonIdHashAndRole(String personIdHash, Role role);

    /** Accounts of a role whose phone has this keyed hash. */
    java.util.List<Account> findByPhoneHashAndRole(String phoneHash, Role role);

    /**
     * Accounts for the management pages. {@code regionPrefix} limits them to organisations in a
     * region (null: all) and {@code excludedRole} leaves one role out (null: none); the other filters
     * are optional. {@code name} matches username or display name and must have {@code ! % _}
     * escaped with {@code !}. {@code status} is ACTIVE, LOCKED or DISABLED (at {@code now}).
     */
    @Query("""
            select a from Account a left join Organisation o on o.id = a.organisationId
            where (:regionPrefix is null or o.regionCode like concat(:regionPrefix, '%'))
              and (:excludedRole is null or a.role <> :excludedRole)
              and (:organisationId is null or a.organisationId = :organisationId)
              and (:role is null or a.role = :role)
              and (:name is null or a.username like concat('%', :name, '%') escape '!' or a.displayName like concat('%', :name, '%') escape '!')
              and (:status is null
                   or (:status = 'DISABLED' and a.enabled = false)
                   or (:status = 'LOCKED' and a.enabled = true and a.lockedUntil > :now)
                   or (:status = 'ACTIVE' and a.enabled = true and (a.lockedUntil is null or a.lockedUntil <= :now)))
            order by a.id""")
    Page<Account> search(@Param("regionPrefix") String regionPrefix, @Param("excludedRole") Role excludedRole,
                         @Param("organisationId") Long organisationId, @Param("role") Role role, @Param("name") String name,
                         @Param("status") String status, @Param("now") Instant now, Pageable pageable);
}
