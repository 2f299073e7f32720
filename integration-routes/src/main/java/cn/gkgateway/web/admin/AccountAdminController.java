package cn.gkgateway.web.admin;

import cn.gkgateway.accounts.AccountAdministration;
import cn.gkgateway.accounts.AccountChange;
import cn.gkgateway.accounts.AccountStatus;
import cn.gkgateway.accounts.AccountView;
import cn.gkgateway.accounts.CreateAccount;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.security.SessionGuard;
import cn.gkgateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account management for the administrator and exam offices (their region only). */
@Tag(name = "账号管理")
@RestController
@RequestMapping("/api/admin/accounts")
class AccountAdminController {

    private static final int MAX_PAGE_SIZE = 100;

    private final AccountAdministration administration;
    private final SessionGuard guard;

    AccountAdminController(AccountAdministration administration, SessionGuard guard) {
        this.administration = administration;
        this.guard = guard;
    }

    record CreateRequest(String username, String displayName, Role role, Long organisationId, String password) {
    }

    record PasswordResetRequest(String password) {
    }

    record AssignRequest(Role role, Long organisationId) {
    }

    @Operation(summary = "查询账号（按单位、角色、状态、姓名或用户名筛选，分页）")
    @GetMapping
    PageResponse<AccountView> search(Caller caller, @RequestParam(required = false) Long organisationId,
                                     @RequestParam(required = false) Role role, @RequestParam(required = false) AccountStatus status,
                                     @RequestParam(required = false) String name,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        return PageResponse.of(administration.search(caller, organisationId, role, status, name, request), view -> view);
    }

    @Operation(summary = "新建账号；未填密码时生成临时密码（仅此一次显示），首次登录须修改")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountChange create(Caller caller, @RequestBody CreateRequest request) {
        return administration.create(caller, new CreateAccount(request.username(), request.displayName(), request.role(),
                request.organisationId(), request.password()));
    }

    @Operation(summary = "停用账号（其登录随即失效）")
    @PostMapping("/{id}/disable")
    AccountView disable(Caller caller, @PathVariable long id) {
        return forget(administration.disable(caller, id));
    }

    @Operation(summary = "启用账号")
    @PostMapping("/{id}/enable")
    AccountView enable(Caller caller, @PathVariable long id) {
        return forget(administration.enable(caller, id));
    }

    @Operation(summary = "解除锁定")
    @PostMapping("/{id}/unlock")
    AccountView unlock(Caller caller, @PathVariable long id) {
        return forget(administration.unlock(caller, id));
    }

    @Operation(summary = "重置密码；未填密码时生成临时密码（仅此一次显示），下次登录须修改")
    @PostMapping("/{id}/password-reset")
    AccountChange resetPassword(Caller caller, @PathVariable long id, @RequestBody(required = false) PasswordResetRequest request) {
        AccountChange change = administration.resetPassword(caller, id, request == null ? null : request.password());
        forget(change.account());
        return change;
    }

    @Operation(summary = "更改角色与所属单位（角色须与单位类型相符）")
    @PutMapping("/{id}/role")
    AccountView assign(Caller caller, @PathVariable long id, @RequestBody AssignRequest request) {
        return forget(administration.assign(caller, id, request.role(), request.organisationId()));
    }

    record PhoneRequest(String phone) {
    }

    @Operation(summary = "登记账号手机号（短信验证码、双因素登录与找回密码用；加密保存，脱敏显示）")
    @PutMapping("/{id}/phone")
    AccountView registerPhone(Caller caller, @PathVariable long id, @RequestBody PhoneRequest request) {
        return administration.registerPhone(caller, id, request.phone());
    }

    /** This instance applies the change at once; others within the state cache's few seconds. */
    private AccountView forget(AccountView view) {
        guard.forgetAccount(view.id());
        return view;
    }
}
