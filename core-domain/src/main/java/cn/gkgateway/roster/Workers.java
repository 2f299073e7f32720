package cn.gkgateway.roster;

import cn.gkgateway.organisation.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface Workers extends JpaRepository<Worker, Long> {

    boolean existsByIdNumberHash(String idNumberHash);

    Optional<Worker> findByIdNumberHash(String idNumberHash);

    @Query("""
            select w from Worker w
            where (:all = true or w.unitId = :unitId
                   or w.unitId in (select o.id from Organisation o where o.supervisorId = :supervisorId)
                   or w.unitId in (select o.id from Organisation o where o.regionCode like concat(:regionPrefix, '%')))
              and (:name is null or w.name like :name escape '!')
            """)
    Page<Worker> search(boolean all, long unitId, long supervisorId, String regionPrefix, String name, Pageable pageable);

    /** Workers the scope covers whose name matches the LIKE pattern {@code name} (escape {@code !}; all when null). */
    default Page<Worker> search(Scope scope, String name, Pageable pageable) {
        return search(scope.all(), scope.unitIdOrNone(), scope.supervisorIdOrNone(), scope.regionPrefixOrNone(), name, pageable);
    }
}
