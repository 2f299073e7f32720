package cn.gkgateway.web;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import cn.gkgateway.web.errors.JsonErrorController;
import cn.gkgateway.web.errors.RequestBodyLimitFilter;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
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
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        List<ApiError.FieldError> fields = e.fieldProblems().stream()
                .map(problem -> new ApiError.FieldError(problem.field(), problem.message(), problem.code())).toList();
        return json(status, new ApiError(e.code(), e.getMessage(), fields));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
                return json(HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyLimitFilter.tooLarge(tooLarge.max()));
            }
        }
        if (e.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            String field = format.getPath().get(format.getPath().size() - 1).getFieldName();
            String message = "字段 " + Text.echo(field) + " 的取值“" + Text.echo(String.valueOf(format.getValue())) + "”格式不正确";
            return json(HttpStatus.BAD_REQUEST, new ApiError("REQUEST_FIELD_INVALID", message,
                    List.of(new ApiError.FieldError(field, message))));
        }
        return json(HttpStatus.BAD_REQUEST, ApiError.of("REQUEST_UNREADABLE", "请求内容不是合法的JSON，或字段格式不正确"));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return json(HttpStatus.BAD_REQUEST, ApiError.of("REQUEST_PARAMETER_INVALID", "请求参数缺失或格式不正确"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return json(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiError.of("REQUEST_MEDIA_TYPE", "请以JSON格式提交（Content-Type: application/json）"));
    }

    /** {@code Accept: application/xml} and the like: answered 406, in JSON all the same. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return json(HttpStatus.NOT_ACCEPTABLE, ApiError.of("NOT_ACCEPTABLE", "本接口只返回JSON格式（Accept: application/json）"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return json(HttpStatus.METHOD_NOT_ALLOWED, ApiError.of("REQUEST_METHOD", "不支持的请求方式"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return json(HttpStatus.NOT_FOUND, ApiError.of("NOT_FOUND", "请求的地址不存在"));
    }

    /** Uploads (Excel imports): too large, not multipart, or without the file part. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of("FILE_TOO_LARGE", "上传的文件过大，请分批导入"));
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> uploadMissing(Exception e) {
        return ResponseEntity.badRequest().body(ApiError.of("FILE_REQUIRED", "请选择要上传的文件（表单字段 file）"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return json(HttpStatus.FORBIDDEN, ApiError.of("FORBIDDEN", "当前账号无权访问"));
    }

    /** A unique key hit by a concurrent request that passed the same checks a moment earlier. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> duplicate(DataIntegrityViolationException e) {
        log.info("integrity violation answered as conflict: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return json(HttpStatus.CONFLICT, ApiError.of("DUPLICATE", "该记录已存在（可能刚被他人提交），请刷新后查看"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrent(OptimisticLockingFailureException e) {
        return json(HttpStatus.CONFLICT, ApiError.of("CONCURRENT_CHANGE", "该记录刚被他人修改，请刷新后重试"));
    }

    /**
     * Every error answer names its type itself, so that it is written as JSON whatever the
     * request's {@code Accept} asked for (a preset content type skips negotiation).
     */
    private static ResponseEntity<ApiError> json(HttpStatusCode status, ApiError body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().value() < 500) {
            return json(known.getStatusCode(), JsonErrorController.errorFor(known.getStatusCode().value()));
        }
        log.error("unexpected error", e);
        return json(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.of("INTERNAL_ERROR", "系统繁忙，请稍后再试"));
    }
}
