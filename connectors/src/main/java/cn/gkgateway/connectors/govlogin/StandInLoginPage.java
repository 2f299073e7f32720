package cn.gkgateway.connectors.govlogin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The stand-in's sign-in page, in Chinese like a provincial portal, listing the demo identities and
 * their levels. A functional route (no stereotype annotation), so the gateway's component scan skips it.
 */
final class StandInLoginPage {

    private StandInLoginPage() {
    }

    static RouterFunction<ServerResponse> route() {
        return RouterFunctions.route().GET("/login", request -> ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page(request.servletRequest()))).build();
    }

    static String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StringBuilder rows = new StringBuilder();
        for (StandInIdentity identity : StandInIdentity.DEMO) {
            rows.append("<tr><td>").append(HtmlUtils.htmlEscape(identity.name())).append("</td><td>").append(identity.username())
                    .append("</td><td>").append(identity.password()).append("</td><td>").append(identity.maskedId())
                    .append("</td><td>L").append(identity.level()).append(identity.level() >= 3 ? "（已实名）" : "（未完成实名认证）")
                    .append("</td></tr>");
        }
        String error = request.getParameter("error") != null ? "<p class=\"error\" data-test=\"gov-error\">用户名或密码错误</p>" : "";
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>政务服务网统一身份认证（本地模拟）</title>
                <style>body{font-family:sans-serif;margin:16px;max-width:480px}input,button{width:100%%;padding:10px;margin:6px 0;box-sizing:border-box}
                table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:4px}.error{color:#c00}</style></head><body>
                <h2>政务服务网 · 统一身份认证</h2><p>本页为本地模拟的身份认证服务，仅用于演示和测试。</p>%s
                <form method="post" action="/login">
                <input name="username" data-test="gov-username" placeholder="用户名" autocomplete="username">
                <input name="password" data-test="gov-password" type="password" placeholder="密码" autocomplete="current-password">
                <input type="hidden" name="%s" value="%s">
                <button type="submit" data-test="gov-login">登录</button></form>
                <h3>测试身份</h3><table><tr><th>姓名</th><th>用户名</th><th>密码</th><th>身份证号</th><th>实名等级</th></tr>%s</table>
                </body></html>""".formatted(error, csrf.getParameterName(), csrf.getToken(), rows);
    }
}
