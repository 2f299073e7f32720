package cn.gkgateway.material;

import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.DeclarationStatus;
import cn.gkgateway.declaration.DeclarationWindow;
import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;

/**
 * Who may see and who may change a declaration's materials. Seeing follows the declaration: its unit, the
 * unit's department, the exam office of its region, the applicant it is about. Changing is for the unit's
 * operator (管理员代为上传) and the applicant, and only while the declaration is not submitted (a draft, or
 * returned for supplement) and its level's window lets it change ({@link DeclarationWindow}). Anything out of
 * reach answers "not found", so that its existence does not leak.
 */
@Component
public class MaterialAccess {

    private final Declarations declarations;
    private final ScopePolicy scopePolicy;
    private final Accounts accounts;
    private final DeclarationWindow window;

    public MaterialAccess(Declarations declarations, ScopePolicy scopePolicy, Accounts accounts, DeclarationWindow window) {
        this.declarations = declarations;
        this.scopePolicy = scopePolicy;
        this.accounts = accounts;
        this.window = window;
    }

    /** Whether a declaration in this status takes materials: a draft, or one returned for supplement. */
    public static boolean acceptsMaterials(Declaration declaration) {
        return declaration.editable();
    }

    @Transactional(readOnly = true)
    public Declaration visible(Caller caller, long declarationId) {
        return declarations.findById(declarationId).filter(declaration -> sees(caller, declaration))
                .orElseThrow(MaterialAccess::declarationNotFound);
    }

    /** Whether the caller may add or remove materials of the declaration in its present state. */
    public boolean mayChange(Caller caller, Declaration declaration) {
        return uploader(caller, declaration) && acceptsMaterials(declaration) && window.changeable(declaration);
    }

    /** The declaration, if the caller sees it, may upload to it, and it still takes materials. */
    @Transactional(readOnly = true)
    public Declaration changeable(Caller caller, long declarationId) {
        Declaration declaration = visible(caller, declarationId);
        if (!uploader(caller, declaration)) {
            throw DomainException.forbidden("只有申报单位经办人或申报人本人可以上传或删除材料");
        }
        requireAccepting(declaration);
        return declaration;
    }

    /**
     * Refuses unless the declaration takes materials now: not submitted (MATERIALS_LOCKED), and its level's window
     * still lets it change (a draft until the window closed, a returned one while it is open: WINDOW_CLOSED …).
     */
    public void requireAccepting(Declaration declaration) {
        if (!acceptsMaterials(declaration)) {
            throw DomainException.conflict("MATERIALS_LOCKED", "该申报已提交（" + declaration.getStatus().displayName()
                    + "），不能再上传或删除材料；退回补充后可以补传");
        }
        window.requireChangeable(declaration);
    }

    static DomainException declarationNotFound() {
        return DomainException.notFound("DECLARATION_NOT_FOUND", "未找到该申报，或其不在您的查看范围内");
    }

    private boolean sees(Caller caller, Declaration declaration) {
        if (caller.is(Role.APPLICANT)) {
            return ownsAsApplicant(caller, declaration);
        }
        if (declaration.getStatus() == DeclarationStatus.DRAFT) {
            // a unit's drafts (单位办件) are the unit's own until submitted
            return uploader(caller, declaration);
        }
        return scopePolicy.covers(caller, declaration.getUnitId());
    }

    private boolean uploader(Caller caller, Declaration declaration) {
        if (caller.is(Role.APPLICANT)) {
            return ownsAsApplicant(caller, declaration);
        }
        return caller.is(Role.UNIT_OPERATOR) && Objects.equals(caller.organisationId(), declaration.getUnitId());
    }

    private boolean ownsAsApplicant(Caller caller, Declaration declaration) {
        return accounts.findById(caller.accountId())
                .map(account -> declaration.getPersonIdHash().equals(account.getPersonIdHash())).orElse(false);
    }
}
