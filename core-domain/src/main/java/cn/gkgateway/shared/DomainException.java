package cn.gkgateway.shared;

import java.util.List;

/**
 * A request the domain refuses, with a stable {@code code} for systems and a Chinese
 * {@code message} for people. The {@link Kind} tells the web layer which status to answer.
 */
public class DomainException extends RuntimeException {

    /** What went wrong, in terms a transport can map to a status. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, RULE_REJECTED, LOCKED, UNAUTHENTICATED,
        /** A body over its limit (413). */
        TOO_LARGE,
        /** Refused for now because the gateway is busy; the same request may succeed later (503). */
        UNAVAILABLE }

    private final Kind kind;
    private final String code;
    private final List<FieldProblem> fieldProblems;

    public DomainException(Kind kind, String code, String message, List<FieldProblem> fieldProblems) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public DomainException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    public static DomainException invalid(String code, String field, String message) {
        return new DomainException(Kind.INVALID, code, message, List.of(new FieldProblem(field, message, code)));
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, "FORBIDDEN", message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /**
     * A problem with one input field (or one rule, named {@code rule:<name>}); {@code code} is the
     * stable code of this one problem (e.g. {@code ID_CHECK_DIGIT}) when it has one, else null.
     */
    public record FieldProblem(String field, String message, String code) {

        public FieldProblem(String field, String message) {
            this(field, message, null);
        }
    }
}
