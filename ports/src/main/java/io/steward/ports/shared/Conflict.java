package io.steward.ports.shared;

import java.util.Map;

/** The request clashes with what exists (a duplicate code, a state that already moved on). */
public class Conflict extends Refusal {
    private static final long serialVersionUID = 1L;

    public Conflict(String ruleId, String code, String message, Map<String, ?> details) {
        super(ruleId, code, message, details);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
