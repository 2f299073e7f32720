package cn.gkgateway.material;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface MaterialSlots extends JpaRepository<MaterialSlot, Long> {

    @Query("select s from MaterialSlot s where s.planId = :planId and s.declarationType = :type order by s.sortOrder, s.id")
    List<MaterialSlot> findOfPlan(long planId, String type);

    @Query("select s from MaterialSlot s where s.planId is null and s.declarationType = :type order by s.sortOrder, s.id")
    List<MaterialSlot> findDefaults(String type);

    @Modifying
    @Query("delete from MaterialSlot s where s.planId = :planId and s.declarationType = :type")
    void deleteOfPlan(long planId, String type);
}
