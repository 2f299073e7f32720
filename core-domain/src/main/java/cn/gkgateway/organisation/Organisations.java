package cn.gkgateway.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface Organisations extends JpaRepository<Organisation, Long> {

    @Query("select o.id from Organisation o where o.kind = cn.gkgateway.organisation.OrganisationKind.UNIT and o.supervisorId = :departmentId")
    List<Long> findUnitIdsSupervisedBy(long departmentId);

    @Query("select o.id from Organisation o where o.kind = cn.gkgateway.organisation.OrganisationKind.UNIT and o.regionCode like concat(:prefix, '%')")
    List<Long> findUnitIdsInRegion(String prefix);

    Optional<Organisation> findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind kind, JurisdictionLevel level, String regionCode);

    Optional<Organisation> findByName(String name);
}
