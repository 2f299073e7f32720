package cn.gkgateway.audit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByTargetTypeAndTargetIdOrderByIdAsc(String targetType, Long targetId);
}
