package cn.gkgateway.roster;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Optional;

public interface Workers extends JpaRepository<Worker, Long> {

    boolean existsByIdNumberHash(String idNumberHash);

    Optional<Worker> findByIdNumberHash(String idNumberHash);

    @Query("""
            select w from Worker w
            where (:all = true or w.unitId in :unitIds)
              and (:name is null or w.name like concat('%', :name, '%'))
            """)
    Page<Worker> search(boolean all, Collection<Long> unitIds, String name, Pageable pageable);
}
