package cn.gkgateway.web;

import java.util.List;

/**
 * The one error shape of the API: a stable {@code code} for systems, a Chinese {@code message}
 * for people, and the fields (or rules) to fix.
 */
public record ApiError(String code, String message, List<FieldError> fieldErrors) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }

    /** One field's (or rule's) problem; {@code code} names it stably (e.g. ID_CHECK_DIGIT) when known, else null. */
    public record FieldError(String field, String message, String code) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
