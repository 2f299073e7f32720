package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.organisation.Scope;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface Declarations extends JpaRepository<Declaration, Long> {

    boolean existsByWorkerIdAndTargetLevelAndYear(Long workerId, Level targetLevel, int year);

    @Query("""
            select d from Declaration d
            where (:all = true or d.unitId = :unitId
                   or d.unitId in (select o.id from Organisation o where o.supervisorId = :supervisorId)
                   or d.unitId in (select o.id from Organisation o where o.regionCode like concat(:regionPrefix, '%')))
              and (:status is null or d.status = :status)
            order by d.id desc
            """)
    List<Declaration> findInScope(boolean all, long unitId, long supervisorId, String regionPrefix, DeclarationStatus status, Limit limit);

    /** The newest declarations the scope covers, optionally of one status. */
    default List<Declaration> findInScope(Scope scope, DeclarationStatus status, Limit limit) {
        return findInScope(scope.all(), scope.unitIdOrNone(), scope.supervisorIdOrNone(), scope.regionPrefixOrNone(), status, limit);
    }

    List<Declaration> findByPersonIdHashOrderByIdDesc(String personIdHash);
}
