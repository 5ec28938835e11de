package io.steward.ports.shared;

import io.steward.ports.shared.Refusal.Kind;

/**
 * Every refusal the shared mechanisms (approvals, personal data, the business calendar) answers: its code, the DOMAIN.md rule and its kind (409 or 422: {@link
 * io.steward.ports.shared.RefusalCode} says which is which). A rule id of {@code null} marks a shared check that
 * enforces the rule of the act that calls it. Ordered by rule.
 */
public enum SharedRefusals implements RefusalCode {
    PERSONAL_DATA_GRANT_REQUIRED("EST-08", "personal-data-grant-required", Kind.RULE),
    CALENDAR_YEAR_NOT_COVERED("SVC-09", "calendar-year-not-covered", Kind.RULE),
    APPROVAL_ALREADY_DECIDED(null, "approval-already-decided", Kind.CONFLICT),
    APPROVAL_EXPIRED(null, "approval-expired", Kind.RULE),
    APPROVAL_NOT_FOR_THIS_ACT(null, "approval-not-for-this-act", Kind.RULE),
    APPROVAL_NOT_GIVEN(null, "approval-not-given", Kind.RULE),
    APPROVAL_REQUIRED(null, "approval-required", Kind.RULE),
    APPROVAL_REQUIRED_FIRST(null, "approval-required-first", Kind.RULE),
    APPROVER_CANNOT_ACT(null, "approver-cannot-act", Kind.RULE),
    ASKED_BY_ITS_ACT(null, "asked-by-its-act", Kind.RULE),
    SELF_APPROVAL(null, "self-approval", Kind.RULE);

    private final Definition definition;

    SharedRefusals(String ruleId, String code, Kind kind) {
        this.definition = new Definition(ruleId, code, kind);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
