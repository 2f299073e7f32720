package cn.gkgateway.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkTypes extends JpaRepository<WorkType, String> {
}
