package cn.gkgateway.declaration;

import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.plan.PlanWindows;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Whether a declaration's level window still lets it change, for the features around a declaration
 * (its materials): a draft until its window closed, a returned declaration only while its window is open
 * (the rule of 查看/补充, with its refusals: {@code WINDOW_CLOSED}, {@code WINDOW_NOT_OPEN}, {@code PLAN_NOT_FOUND}).
 */
@Component
public class DeclarationWindow {

    private final DeclarationRules rules;
    private final Organisations organisations;

    DeclarationWindow(DeclarationRules rules, Organisations organisations) {
        this.rules = rules;
        this.organisations = organisations;
    }

    /** Refuses, with the window's Chinese message, when the declaration may no longer change now. */
    public void requireChangeable(Declaration declaration) {
        Organisation unit = organisations.findById(declaration.getUnitId()).orElseThrow();
        if (declaration.getStatus() == DeclarationStatus.RETURNED) {
            rules.requireOpen(unit, declaration.getTargetLevel(), declaration.getYear(), PlanWindows.Action.EDIT);
        } else {
            rules.requireNotClosed(unit, declaration.getTargetLevel(), declaration.getYear());
        }
    }

    /** Whether {@link #requireChangeable} would let it through. */
    public boolean changeable(Declaration declaration) {
        try {
            requireChangeable(declaration);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
