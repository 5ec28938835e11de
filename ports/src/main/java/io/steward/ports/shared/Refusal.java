package io.steward.ports.shared;

import java.util.Map;
import java.util.Objects;

/**
 * A business rule said no. Carries the rule id of DOMAIN.md (e.g. {@code EST-04}), a stable machine-readable
 * {@code code} and the data that explains the refusal; adapters map it to RFC 9457 problem details.
 * Nothing was written when a refusal is thrown.
 */
public class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String code;
    private final transient Map<String, Object> details;

    public Refusal(String ruleId, String code, String message, Map<String, ?> details) {
        super(message);
        this.ruleId = ruleId;
        this.code = Objects.requireNonNull(code, "code");
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public Refusal(String ruleId, String code, String message) {
        this(ruleId, code, message, Map.of());
    }

    /** The DOMAIN.md rule that refused, or {@code null} for a refusal that is not a business rule. */
    public String ruleId() {
        return ruleId;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    /** How the refusal should be reported; adapters map it to a transport status. */
    public Kind kind() {
        return Kind.RULE;
    }

    /** The classes of refusal an adapter distinguishes. */
    public enum Kind {
        /** A business rule refused (HTTP 422). */
        RULE,
        /** The request conflicts with the current state (HTTP 409). */
        CONFLICT,
        /** The object does not exist, or the caller may not know it does (HTTP 404). */
        NOT_FOUND,
        /** The caller is known in the estate but lacks the role (HTTP 403). */
        FORBIDDEN,
        /** The input is malformed (HTTP 400). */
        INVALID
    }
}
