package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;

/** Finds the exam office (工考办) responsible for a unit at a jurisdiction level, for review chains. */
@Component
public class ExamOffices {

    private final Organisations organisations;

    public ExamOffices(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The exam office at the unit's own level. */
    public Organisation of(Organisation unit) {
        return of(unit, unit.getJurisdictionLevel());
    }

    /**
     * The exam office at {@code level} whose region holds the unit: a province office sits at
     * xx0000, a city office at xxxx00, a district office at the district's own code.
     *
     * @throws DomainException EXAM_OFFICE_MISSING when the tree has none
     */
    public Organisation of(Organisation unit, JurisdictionLevel level) {
        String region = unit.getRegionCode();
        String officeRegion = switch (level) {
            case PROVINCE -> region.substring(0, 2) + "0000";
            case CITY -> region.substring(0, 4) + "00";
            case DISTRICT -> region;
        };
        return organisations.findFirstByKindAndJurisdictionLevelAndRegionCode(OrganisationKind.EXAM_OFFICE, level, officeRegion)
                .orElseThrow(() -> DomainException.conflict("EXAM_OFFICE_MISSING",
                        "未找到单位“" + unit.getName() + "”所属的工考办，请联系工考办核实单位信息"));
    }
}
