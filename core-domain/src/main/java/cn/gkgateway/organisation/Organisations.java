package cn.gkgateway.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind kind, JurisdictionLevel level, String regionCode);

    Optional<Organisation> findByName(String name);
}
