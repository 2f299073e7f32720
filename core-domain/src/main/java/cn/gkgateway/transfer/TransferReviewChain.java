package cn.gkgateway.transfer;

import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.review.StepDefinition;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The review chain of a transfer: the exam office of the receiving unit's level and region, then,
 * when the releasing unit belongs to another exam office, that office too.
 */
@Component
class TransferReviewChain {

    private final Organisations organisations;

    TransferReviewChain(Organisations organisations) {
        this.organisations = organisations;
    }

    List<StepDefinition> between(Organisation from, Organisation to) {
        Organisation receiving = officeOf(to);
        Organisation releasing = officeOf(from);
        List<StepDefinition> chain = new ArrayList<>();
        chain.add(new StepDefinition("调入地工考办审核", receiving.getId(), receiving.getName()));
        if (!releasing.getId().equals(receiving.getId())) {
            chain.add(new StepDefinition("调出地工考办审核", releasing.getId(), releasing.getName()));
        }
        return chain;
    }

    private Organisation officeOf(Organisation unit) {
        String region = unit.getRegionCode();
        String officeRegion = switch (unit.getJurisdictionLevel()) {
            case PROVINCE -> region.substring(0, 2) + "0000";
            case CITY -> region.substring(0, 4) + "00";
            case DISTRICT -> region;
        };
        return organisations.findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind.EXAM_OFFICE, unit.getJurisdictionLevel(), officeRegion)
                .orElseThrow(() -> DomainException.conflict("EXAM_OFFICE_MISSING",
                        "未找到单位“" + unit.getName() + "”所属的工考办，请联系工考办核实单位信息"));
    }
}
