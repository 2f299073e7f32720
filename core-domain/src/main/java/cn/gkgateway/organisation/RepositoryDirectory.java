package cn.gkgateway.organisation;

import java.util.Optional;

/** The directory the policies read, answered by the repository. */
record RepositoryDirectory(Organisations organisations) implements OrganisationDirectory {
    @Override
    public Optional<Organisation> byId(Long id) {
        return id == null ? Optional.empty() : organisations.findById(id);
    }

    @Override
    public Optional<Organisation> byName(String name) {
        return name == null ? Optional.empty() : organisations.findByName(name);
    }

    @Override
    public Optional<Organisation> byCreditCode(String creditCode) {
        return creditCode == null ? Optional.empty() : organisations.findByCreditCode(creditCode);
    }

    @Override
    public boolean hasChildren(long id) {
        return organisations.existsByParentIdOrSupervisorId(id, id);
    }

    @Override
    public boolean hasActiveChildren(long id) {
        return organisations.existsChildWithStatus(id, OrganisationStatus.ACTIVE);
    }
}
