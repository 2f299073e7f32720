package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.organisation.Scope;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface Declarations extends JpaRepository<Declaration, Long> {

    @Query("""
            select d from Declaration d
            where (:all = true or d.unitId = :unitId
                   or d.unitId in (select o.id from Organisation o where o.supervisorId = :supervisorId)
                   or d.unitId in (select o.id from Organisation o where o.regionCode like concat(:regionPrefix, '%')))
              and (:status is null or d.status = :status)
              and (:includeDrafts = true or d.status <> cn.gkgateway.declaration.DeclarationStatus.DRAFT)
            order by d.id desc
            """)
    List<Declaration> findInScope(boolean all, long unitId, long supervisorId, String regionPrefix, DeclarationStatus status,
                                  boolean includeDrafts, Limit limit);

    /** The newest declarations the scope covers, optionally of one status; drafts only for their unit. */
    default List<Declaration> findInScope(Scope scope, DeclarationStatus status, Limit limit) {
        return findInScope(scope.all(), scope.unitIdOrNone(), scope.supervisorIdOrNone(), scope.regionPrefixOrNone(), status,
                scope.unitId() != null, limit);
    }

    /**
     * 申报查询 and the review lists: the scope, then every optional filter; {@code pendingOrg}
     * keeps only declarations whose pending step belongs to that organisation.
     */
    @Query("""
            select d from Declaration d
            where (:all = true or d.unitId = :unitId
                   or d.unitId in (select o.id from Organisation o where o.supervisorId = :supervisorId)
                   or d.unitId in (select o.id from Organisation o where o.regionCode like concat(:regionPrefix, '%')))
              and (:includeDrafts = true or d.status <> cn.gkgateway.declaration.DeclarationStatus.DRAFT)
              and (:pendingOrg is null or d.id in (select s.subjectId from ReviewStep s where s.subjectType = 'DECLARATION'
                   and s.organisationId = :pendingOrg and s.status = cn.gkgateway.review.StepStatus.PENDING))
              and (:namePattern is null or d.workerId in (select w.id from Worker w where w.name like :namePattern escape '!'))
              and (:personIdHash is null or d.personIdHash = :personIdHash)
              and (:unitFilter is null or d.unitId = :unitFilter)
              and (:workTypeCode is null or d.workTypeCode = :workTypeCode)
              and (:level is null or d.targetLevel = :level)
              and (:year is null or d.year = :year)
              and (:status is null or d.status = :status)
            """)
    Page<Declaration> search(boolean all, long unitId, long supervisorId, String regionPrefix, boolean includeDrafts, Long pendingOrg,
                             String namePattern, String personIdHash, Long unitFilter, String workTypeCode, Level level,
                             Integer year, DeclarationStatus status, Pageable pageable);

    @Query("select d.status, count(d) from Declaration d where d.unitId = :unitId group by d.status")
    List<Object[]> countByStatusOfUnit(long unitId);

    List<Declaration> findByPersonIdHashOrderByIdDesc(String personIdHash);
}
