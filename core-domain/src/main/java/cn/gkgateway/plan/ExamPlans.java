package cn.gkgateway.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ExamPlans extends JpaRepository<ExamPlan, Long> {

    Optional<ExamPlan> findByYearAndRegionCode(int year, String regionCode);

    List<ExamPlan> findByYearOrderByRegionCodeDesc(int year);
}
