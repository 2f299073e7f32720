package cn.gkgateway.organisation;

import java.util.List;

/**
 * One named rule of the organisation tree. It answers nothing when the draft passes, or every
 * rejection it finds, each with a Chinese reason a person can act on.
 */
public interface OrganisationPolicy {

    List<OrganisationRejection> check(OrganisationDraft draft, OrganisationDirectory directory);
}
