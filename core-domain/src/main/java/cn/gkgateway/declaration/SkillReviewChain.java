package cn.gkgateway.declaration;

import cn.gkgateway.organisation.ExamOffices;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationCache;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.review.StepDefinition;
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
    private final ExamOffices examOffices;
    private final OrganisationCache cache;

    SkillReviewChain(Organisations organisations, ExamOffices examOffices, OrganisationCache cache) {
        this.organisations = organisations;
        this.examOffices = examOffices;
        this.cache = cache;
    }

    /** The chain of a unit, from the reference cache (supervising department and exam office barely change). */
    List<StepDefinition> forUnit(Organisation unit) {
        return cache.derived("skill-review-chain", unit.getId(), id -> List.copyOf(chainOf(unit)));
    }

    private List<StepDefinition> chainOf(Organisation unit) {
        List<StepDefinition> chain = new ArrayList<>();
        if (unit.getSupervisorId() != null) {
            Organisation department = organisations.findById(unit.getSupervisorId()).orElseThrow();
            chain.add(new StepDefinition("主管部门审核", department.getId(), department.getName()));
        }
        Organisation office = examOffices.of(unit);
        chain.add(new StepDefinition(unit.getJurisdictionLevel().displayName() + "工考办审核", office.getId(), office.getName()));
        return chain;
    }
}
