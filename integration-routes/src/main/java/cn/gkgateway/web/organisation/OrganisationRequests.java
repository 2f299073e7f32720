package cn.gkgateway.web.organisation;

import cn.gkgateway.organisation.CreateOrganisation;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.MoveOrganisation;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.UnitCategory;
import cn.gkgateway.organisation.UpdateOrganisation;

/** The JSON bodies of the organisation API, mapped to the domain's commands. */
final class OrganisationRequests {

    private OrganisationRequests() {
    }

    record Create(OrganisationKind kind, String name, String creditCode, UnitCategory category,
                  JurisdictionLevel jurisdictionLevel, String regionCode, Long parentId, Long supervisorId) {
        CreateOrganisation command() {
            return new CreateOrganisation(kind, name, creditCode, category, jurisdictionLevel, regionCode, parentId, supervisorId);
        }
    }

    record Update(String name, String creditCode, UnitCategory category, JurisdictionLevel jurisdictionLevel, String regionCode) {
        UpdateOrganisation command() {
            return new UpdateOrganisation(name, creditCode, category, jurisdictionLevel, regionCode);
        }
    }

    record Move(Long parentId, Long supervisorId) {
        MoveOrganisation command() {
            return new MoveOrganisation(parentId, supervisorId);
        }
    }
}
