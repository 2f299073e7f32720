package cn.gkgateway.declaration;

import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.review.StepDefinition;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The review chain of a skill-level declaration in the foundation: the unit's supervising
 * department, then the exam office at the unit's jurisdiction level in its region
 * (a 县区 unit → the district 工考办). Configurable chains replace this later.
 */
@Component
class SkillReviewChain {

    private final Organisations organisations;

    SkillReviewChain(Organisations organisations) {
        this.organisations = organisations;
    }

    List<StepDefinition> forUnit(Organisation unit) {
        List<StepDefinition> chain = new ArrayList<>();
        if (unit.getSupervisorId() != null) {
            Organisation department = organisations.findById(unit.getSupervisorId()).orElseThrow();
            chain.add(new StepDefinition("主管部门审核", department.getId(), department.getName()));
        }
        Organisation office = organisations.findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind.EXAM_OFFICE,
                        unit.getJurisdictionLevel(), officeRegion(unit.getJurisdictionLevel(), unit.getRegionCode()))
                .orElseThrow(() -> DomainException.conflict("EXAM_OFFICE_MISSING",
                        "未找到单位“" + unit.getName() + "”所属的工考办，请联系工考办核实单位信息"));
        chain.add(new StepDefinition(unit.getJurisdictionLevel().displayName() + "工考办审核", office.getId(), office.getName()));
        return chain;
    }

    private static String officeRegion(JurisdictionLevel level, String regionCode) {
        return switch (level) {
            case PROVINCE -> regionCode.substring(0, 2) + "0000";
            case CITY -> regionCode.substring(0, 4) + "00";
            case DISTRICT -> regionCode;
        };
    }
}
