package cn.gkgateway.web.errors;

import cn.gkgateway.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The container's error page ({@code /error}), in the API's one error shape instead of Boot's
 * white-label page: whatever ends here (a {@code sendError}, an exception no handler took, a
 * direct call) answers {@code {code, message, fieldErrors}} in JSON with its status.
 */
@Controller
public class JsonErrorController implements ErrorController {

    private final ObjectMapper json;

    JsonErrorController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = attribute instanceof Integer code ? code : HttpServletResponse.SC_NOT_FOUND;
        ErrorResponses.write(response, json, status, errorFor(status));
    }

    /** The code and Chinese message the API answers for a bare HTTP status. */
    public static ApiError errorFor(int status) {
        return switch (status) {
            case 400 -> ApiError.of("BAD_REQUEST", "请求格式不正确");
            case 401 -> ApiError.of("AUTH_REQUIRED", "登录已失效或尚未登录，请重新登录");
            case 403 -> ApiError.of("FORBIDDEN", "当前账号无权访问");
            case 404 -> ApiError.of("NOT_FOUND", "请求的地址不存在");
            case 405 -> ApiError.of("REQUEST_METHOD", "不支持的请求方式");
            case 406 -> ApiError.of("NOT_ACCEPTABLE", "本接口只返回JSON格式（Accept: application/json）");
            case 413 -> ApiError.of("PAYLOAD_TOO_LARGE", "提交的内容过大");
            case 415 -> ApiError.of("REQUEST_MEDIA_TYPE", "请以JSON格式提交（Content-Type: application/json）");
            default -> status >= 500 ? ApiError.of("INTERNAL_ERROR", "系统繁忙，请稍后再试") : ApiError.of("BAD_REQUEST", "请求格式不正确");
        };
    }
}
