package cn.gkgateway.rosterimport;

import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.ExamOffices;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.review.StepDefinition;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The review chain of an import of new workers: a 区级 unit's import goes to the district exam
 * office, then the city exam office; a 市级 or 省级 unit's to the exam office of its level, one step.
 */
@Component
class ImportReviewChain {

    private final ExamOffices examOffices;

    ImportReviewChain(ExamOffices examOffices) {
        this.examOffices = examOffices;
    }

    List<StepDefinition> forUnit(Organisation unit) {
        List<StepDefinition> chain = new ArrayList<>();
        if (unit.getJurisdictionLevel() == JurisdictionLevel.DISTRICT) {
            chain.add(step(unit, JurisdictionLevel.DISTRICT, "县区工考办审核"));
            chain.add(step(unit, JurisdictionLevel.CITY, "市工考办审核"));
        } else if (unit.getJurisdictionLevel() == JurisdictionLevel.CITY) {
            chain.add(step(unit, JurisdictionLevel.CITY, "市工考办审核"));
        } else {
            chain.add(step(unit, JurisdictionLevel.PROVINCE, "省工考办审核"));
        }
        return chain;
    }

    private StepDefinition step(Organisation unit, JurisdictionLevel level, String name) {
        Organisation office = examOffices.of(unit, level);
        return new StepDefinition(name, office.getId(), office.getName());
    }
}
