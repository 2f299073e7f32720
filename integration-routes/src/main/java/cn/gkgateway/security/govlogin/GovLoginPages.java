package cn.gkgateway.security.govlogin;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The Chinese pages a government sign-in may end on when it does not succeed: what happened and what to do. */
@RestController
class GovLoginPages {

    static final String PATH = "/auth/gov/result";

    enum Reason { UNAVAILABLE, LEVEL, REFUSED, CLAIMS, ACCOUNT, NOT_CONFIGURED }

    private final GovLoginProperties properties;

    GovLoginPages(GovLoginProperties properties) {
        this.properties = properties;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page(@RequestParam(defaultValue = "REFUSED") String reason, @RequestParam(required = false) Integer level) {
        Reason known;
        try {
            known = Reason.valueOf(reason);
        } catch (IllegalArgumentException unknown) {
            known = Reason.REFUSED;
        }
        String[] text = switch (known) {
            case UNAVAILABLE -> new String[]{"政务服务网暂时无法访问", "统一身份认证服务暂时无法连接或响应过慢，您的登录未完成。"
                    + "请稍后点击“重新登录”再试；已关联过账号的申报人也可以使用手机短信验证码登录。"};
            case LEVEL -> new String[]{"实名认证等级不足，暂不能申报", "您的政务服务网账号实名认证等级为 L" + (level == null ? "?" : level)
                    + "，网上申报需要 L" + properties.requiredLevel() + " 及以上。" + properties.levelHelp()};
            case CLAIMS -> new String[]{"身份信息不完整", "政务服务网未提供完整有效的姓名和身份证号，无法为您办理申报。请在政务服务网完善实名信息后重新登录。"};
            case ACCOUNT -> new String[]{"账号暂不可用", "您的申报账号已停用或暂时锁定，请联系当地工考办。"};
            case NOT_CONFIGURED -> new String[]{"政务服务网登录尚未开通", "本系统尚未配置政务服务网统一身份认证，请使用短信验证码或账号密码登录。"};
            case REFUSED -> new String[]{"登录未完成", "登录请求已失效或校验未通过（可能是页面停留过久、重复提交或链接被篡改），为保护您的账号已拒绝本次登录。请重新登录。"};
        };
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><style>body{font-family:sans-serif;margin:24px 16px;max-width:520px;line-height:1.6}
                a{display:block;text-align:center;padding:12px;margin:10px 0;border-radius:6px;text-decoration:none;border:1px solid #1989fa;color:#1989fa}
                a.primary{background:#1989fa;color:#fff}</style></head><body data-test="gov-result" data-reason="%s">
                <h2>%s</h2><p data-test="gov-result-text">%s</p>
                <a class="primary" href="/oauth2/authorization/gov" data-test="gov-retry">重新登录</a>
                <a href="/h5/#/login?mode=sms" data-test="gov-sms">使用短信验证码登录</a>
                <a href="/h5/#/login">返回登录页</a></body></html>"""
                .formatted(text[0], known.name(), text[0], HtmlUtils.htmlEscape(text[1]));
    }
}
