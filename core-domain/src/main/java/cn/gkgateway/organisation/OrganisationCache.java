package cn.gkgateway.organisation;

import cn.gkgateway.shared.ReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Organisations and what follows from them (a unit's review chain) as reference data for the submission path, held
 * in a {@link ReferenceCache}: a change on this instance takes effect at once, one on another instance (e.g. a unit
 * closed there) within {@code gk.reference-data.ttl}. The organisations returned are detached: read them, don't change them.
 */
@Component
public class OrganisationCache {

    private final Organisations organisations;
    private final ReferenceCache<Long, Optional<Organisation>> byId;
    private final ReferenceCache<String, Object> derived;

    public OrganisationCache(Organisations organisations, @Value("${gk.reference-data.ttl:5s}") Duration referenceTtl) {
        this.organisations = organisations;
        this.byId = new ReferenceCache<>(referenceTtl, 100_000);
        this.derived = new ReferenceCache<>(referenceTtl, 100_000);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        return byId.get(id, organisations::findById);
    }

    /** A value ({@code purpose}) computed from the organisation {@code id} and those it names, cached with the same bound. */
    @SuppressWarnings("unchecked")
    @Transactional(readOnly = true)
    public <T> T derived(String purpose, long id, Function<Long, T> compute) {
        return (T) derived.get(purpose + ":" + id, key -> compute.apply(id));
    }
}
