package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface Declarations extends JpaRepository<Declaration, Long> {

    boolean existsByWorkerIdAndTargetLevelAndYear(Long workerId, Level targetLevel, int year);

    @Query("""
            select d from Declaration d
            where (:all = true or d.unitId in :unitIds)
              and (:status is null or d.status = :status)
            order by d.id desc
            """)
    List<Declaration> findInUnits(boolean all, Collection<Long> unitIds, DeclarationStatus status, Limit limit);

    List<Declaration> findByPersonIdHashOrderByIdDesc(String personIdHash);
}
