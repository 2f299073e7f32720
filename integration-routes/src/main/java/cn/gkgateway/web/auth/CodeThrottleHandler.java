package cn.gkgateway.web.auth;

import cn.gkgateway.identity.CodeRequestsThrottled;
import cn.gkgateway.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Too many code requests: 429 with {@code Retry-After} (seconds) and the wait in Chinese. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CodeThrottleHandler {

    @ExceptionHandler(CodeRequestsThrottled.class)
    ResponseEntity<ApiError> throttled(CodeRequestsThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(CodeRequestsThrottled.CODE, e.getMessage()));
    }
}
