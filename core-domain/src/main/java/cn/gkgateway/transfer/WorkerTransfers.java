package cn.gkgateway.transfer;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface WorkerTransfers extends JpaRepository<WorkerTransfer, Long> {

    boolean existsByWorkerIdAndStatus(long workerId, TransferStatus status);

    List<WorkerTransfer> findTop50ByToUnitIdOrFromUnitIdOrderByIdDesc(long toUnitId, long fromUnitId);

    List<WorkerTransfer> findByIdInOrderByIdDesc(Collection<Long> ids);

    List<WorkerTransfer> findByWorkerIdOrderByIdAsc(long workerId);
}
