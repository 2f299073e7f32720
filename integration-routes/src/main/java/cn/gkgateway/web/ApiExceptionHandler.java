package cn.gkgateway.web;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;

/** Turns every failure into {@link ApiError} with a fitting status; nothing leaks a stack trace. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiError> domain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_REJECTED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case LOCKED -> HttpStatus.LOCKED;
        };
        List<ApiError.FieldError> fields = e.fieldProblems().stream()
                .map(problem -> new ApiError.FieldError(problem.field(), problem.message(), problem.code())).toList();
        return ResponseEntity.status(status).body(new ApiError(e.code(), e.getMessage(), fields));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            String field = format.getPath().get(format.getPath().size() - 1).getFieldName();
            String message = "字段 " + Text.echo(field) + " 的取值“" + Text.echo(String.valueOf(format.getValue())) + "”格式不正确";
            return ResponseEntity.badRequest().body(new ApiError("REQUEST_FIELD_INVALID", message,
                    List.of(new ApiError.FieldError(field, message))));
        }
        return ResponseEntity.badRequest().body(ApiError.of("REQUEST_UNREADABLE", "请求内容不是合法的JSON，或字段格式不正确"));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return ResponseEntity.badRequest().body(ApiError.of("REQUEST_PARAMETER_INVALID", "请求参数缺失或格式不正确"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of("REQUEST_MEDIA_TYPE", "请以JSON格式提交（Content-Type: application/json）"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ApiError.of("REQUEST_METHOD", "不支持的请求方式"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("NOT_FOUND", "请求的地址不存在"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of("FORBIDDEN", "当前账号无权访问"));
    }

    /** A unique key hit by a concurrent request that passed the same checks a moment earlier. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> duplicate(DataIntegrityViolationException e) {
        log.info("integrity violation answered as conflict: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("DUPLICATE", "该记录已存在（可能刚被他人提交），请刷新后查看"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrent(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("CONCURRENT_CHANGE", "该记录刚被他人修改，请刷新后重试"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of("INTERNAL_ERROR", "系统繁忙，请稍后再试"));
    }
}
