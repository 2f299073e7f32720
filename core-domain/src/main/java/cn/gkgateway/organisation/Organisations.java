package cn.gkgateway.organisation;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind kind, JurisdictionLevel level, String regionCode);

    Optional<Organisation> findByName(String name);

    Optional<Organisation> findByCreditCode(String creditCode);

    boolean existsByParentIdOrSupervisorId(Long parentId, Long supervisorId);

    @Query("select count(o) > 0 from Organisation o where (o.parentId = :id or o.supervisorId = :id) and o.status = :status")
    boolean existsChildWithStatus(@Param("id") long id, @Param("status") OrganisationStatus status);

    /**
     * Organisations whose region code starts with {@code regionPrefix} ("" for all), optionally of
     * one kind and status, and whose name contains {@code namePattern} (a LIKE pattern escaped with '!').
     */
    @Query("""
            select o from Organisation o
             where o.regionCode like concat(:regionPrefix, '%')
               and (:kind is null or o.kind = :kind)
               and (:status is null or o.status = :status)
               and (:namePattern is null or o.name like :namePattern escape '!')
             order by o.id""")
    List<Organisation> search(@Param("regionPrefix") String regionPrefix, @Param("kind") OrganisationKind kind,
                              @Param("status") OrganisationStatus status, @Param("namePattern") String namePattern, Limit limit);

    /** The organisation's name, or null when there is no such organisation (or no id). */
    default String nameOf(Long id) {
        return id == null ? null : findById(id).map(Organisation::getName).orElse(null);
    }
}
