package cn.gkgateway.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind kind, JurisdictionLevel level, String regionCode);

    Optional<Organisation> findByName(String name);

    /** The organisation's name, or null when there is no such organisation (or no id). */
    default String nameOf(Long id) {
        return id == null ? null : findById(id).map(Organisation::getName).orElse(null);
    }
}
