package cn.gkgateway.web.auth;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PhoneChanges;
import cn.gkgateway.security.GatewayAuthentication;
import cn.gkgateway.security.SessionGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 个人设置: every signed-in person sets their own mobile phone, proven by an SMS code sent to it. */
@Tag(name = "个人设置")
@RestController
@RequestMapping("/api/me/phone")
class OwnPhoneController {

    private final PhoneChanges phones;
    private final SessionGuard guard;

    OwnPhoneController(PhoneChanges phones, SessionGuard guard) {
        this.phones = phones;
        this.guard = guard;
    }

    record PhoneCodeRequest(String phone) {
    }

    record PhoneCodeSent(String message, long resendAfterSeconds) {
    }

    record PhoneChangeRequest(String phone, String code, String password) {
    }

    @Operation(summary = "本人手机号（脱敏）及更换时是否需要输入密码（管理端账号需要）")
    @GetMapping
    PhoneChanges.OwnPhone show(Caller caller) {
        return phones.show(caller);
    }

    @Operation(summary = "更换手机号第一步：向新手机号发送验证码；每个手机号、每个客户端地址每分钟1次、每小时10次，超出答429")
    @PostMapping("/code")
    PhoneCodeSent requestCode(Caller caller, @RequestBody PhoneCodeRequest request, HttpServletRequest http) {
        String masked = phones.requestCode(caller, request.phone(), http.getRemoteAddr());
        return new PhoneCodeSent("验证码已发送至 " + masked + "，请查收", 60);
    }

    @Operation(summary = "更换手机号第二步：提交新手机号收到的验证码（管理端账号另须输入当前密码）；本人其他登录全部退出，当前登录保留；记入审计日志")
    @PutMapping
    PhoneChanges.OwnPhone change(Caller caller, @RequestBody PhoneChangeRequest request) {
        String sessionId = SecurityContextHolder.getContext().getAuthentication() instanceof GatewayAuthentication authentication
                ? authentication.sessionId() : null;
        PhoneChanges.OwnPhone changed = phones.change(caller, sessionId, request.phone(), request.code(), request.password());
        guard.forgetAccount(caller.accountId());
        return changed;
    }
}
