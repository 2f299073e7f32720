package cn.gkgateway.rosterimport;

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
 * The review chain of an import of new workers: a 区级 unit's import goes to the district exam
 * office, then the city exam office; a 市级 or 省级 unit's to the exam office of its level, one step.
 */
@Component
class ImportReviewChain {

    private final Organisations organisations;

    ImportReviewChain(Organisations organisations) {
        this.organisations = organisations;
    }

    List<StepDefinition> forUnit(Organisation unit) {
        List<StepDefinition> chain = new ArrayList<>();
        String region = unit.getRegionCode();
        if (unit.getJurisdictionLevel() == JurisdictionLevel.DISTRICT) {
            chain.add(step(unit, JurisdictionLevel.DISTRICT, region, "县区工考办审核"));
            chain.add(step(unit, JurisdictionLevel.CITY, region.substring(0, 4) + "00", "市工考办审核"));
        } else if (unit.getJurisdictionLevel() == JurisdictionLevel.CITY) {
            chain.add(step(unit, JurisdictionLevel.CITY, region.substring(0, 4) + "00", "市工考办审核"));
        } else {
            chain.add(step(unit, JurisdictionLevel.PROVINCE, region.substring(0, 2) + "0000", "省工考办审核"));
        }
        return chain;
    }

    private StepDefinition step(Organisation unit, JurisdictionLevel level, String region, String name) {
        Organisation office = organisations.findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind.EXAM_OFFICE, level, region)
                .orElseThrow(() -> DomainException.conflict("EXAM_OFFICE_MISSING",
                        "未找到单位“" + unit.getName() + "”所属的工考办，请联系工考办核实单位信息"));
        return new StepDefinition(name, office.getId(), office.getName());
    }
}
