package cn.gkgateway.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface WorkTypeScopes extends JpaRepository<WorkTypeScope, Long> {

    boolean existsByYearAndLevelGroupAndWorkTypeCode(int year, LevelGroup levelGroup, String workTypeCode);

    List<WorkTypeScope> findByYearAndLevelGroup(int year, LevelGroup levelGroup);

    List<WorkTypeScope> findByYear(int year);
}
