package cn.gkgateway.keychange;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface KeyChangeRequests extends JpaRepository<KeyChangeRequest, Long> {

    List<KeyChangeRequest> findTop50ByUnitIdOrderByIdDesc(long unitId);

    List<KeyChangeRequest> findByIdInOrderByIdDesc(Collection<Long> ids);
}
