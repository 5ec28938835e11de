package io.steward.domain.estate;

import io.steward.ports.shared.Refusal;
import java.util.Map;

/** Refusals of the estate context, each naming its rule. */
final class EstateRules {
    private EstateRules() {
    }

    static Refusal refuse(String ruleId, String code, String message, Map<String, ?> details) {
        return new Refusal(ruleId, code, message, details);
    }

    static Refusal refuse(String ruleId, String code, String message) {
        return new Refusal(ruleId, code, message);
    }
}
