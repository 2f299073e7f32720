package cn.gkgateway.organisation;

import java.util.Optional;

/** What the policies need to know about existing organisations; the service answers from the database. */
public interface OrganisationDirectory {

    Optional<Organisation> byId(Long id);

    Optional<Organisation> byName(String name);

    Optional<Organisation> byCreditCode(String creditCode);

    /** Whether any organisation names {@code id} as its parent or supervising department. */
    boolean hasChildren(long id);

    /** Whether any open (not closed) organisation names {@code id} as its parent or supervising department. */
    boolean hasActiveChildren(long id);
}
