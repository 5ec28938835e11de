package io.steward.ports.emergency;

import io.steward.ports.shared.RefusalCode;
import io.steward.ports.shared.Refusal.Kind;

/**
 * Every refusal the emergency context (the incident log) answers: its code, the DOMAIN.md rule and its kind (409 or 422: {@link
 * io.steward.ports.shared.RefusalCode} says which is which). A rule id of {@code null} marks a shared check that
 * enforces the rule of the act that calls it. Ordered by rule.
 */
public enum EmergencyRefusals implements RefusalCode {
    INCIDENT_IN_THE_FUTURE("EMG-10", "incident-in-the-future", Kind.RULE);

    private final Definition definition;

    EmergencyRefusals(String ruleId, String code, Kind kind) {
        this.definition = new Definition(ruleId, code, kind);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
