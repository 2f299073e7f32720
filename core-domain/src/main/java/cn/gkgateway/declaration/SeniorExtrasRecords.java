package cn.gkgateway.declaration;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 高级技师 extras, one row per declaration (keyed by the declaration's id). */
public interface SeniorExtrasRecords extends JpaRepository<SeniorExtras, Long> {
}
