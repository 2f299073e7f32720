package cn.gkgateway.rosterimport;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface RosterImports extends JpaRepository<RosterImport, Long> {

    List<RosterImport> findTop50ByUnitIdOrderByIdDesc(long unitId);

    List<RosterImport> findByIdInOrderByIdDesc(Collection<Long> ids);
}
