package io.steward.ports.renovation;

import io.steward.ports.shared.Refusal.Kind;
import io.steward.ports.shared.RefusalCode;

/**
 * Every refusal the renovation context answers: its code, the DOMAIN.md rule and its kind (409 or 422: {@link
 * RefusalCode} says which is which). Ordered by rule.
 */
public enum RenovationRefusals implements RefusalCode {
    /** A step comes when the renovation is where the seed's order puts it: the step names its own rule. */
    OUT_OF_ORDER(null, "renovation-step-out-of-order", Kind.CONFLICT),
    RENOVATION_ACTIVE("REN-01", "renovation-active", Kind.CONFLICT),
    UNIT_NOT_HANDED_OVER("REN-01", "unit-not-handed-over", Kind.RULE),
    /** The unit's status admits no renovation (EST-02: a tenant's home): REN-01 at the application, REN-07 at entry. */
    UNIT_MAY_NOT_RENOVATE(null, "unit-may-not-renovate", Kind.RULE),
    NOT_SIGNED_BY_THE_OWNER("REN-01", "not-signed-by-the-owner", Kind.RULE),
    POWER_OF_ATTORNEY_MISSING("REN-01", "power-of-attorney-missing", Kind.RULE),
    DOCUMENT_INVALID("REN-01", "document-invalid", Kind.RULE),
    DRAWINGS_MISSING("REN-01", "drawings-missing", Kind.RULE),
    SIGNED_ALREADY("REN-02", "signed-already", Kind.CONFLICT),
    ONE_PERSON_TWO_SIGNATURES("REN-02", "one-person-two-signatures", Kind.RULE),
    GUIDE_NOT_HANDED_OVER("REN-03", "guide-not-handed-over", Kind.RULE),
    NO_GOVERNMENT_WORKS("REN-03", "no-government-works", Kind.RULE),
    OWNER_NOT_CONFIRMED("REN-04", "owner-not-confirmed", Kind.RULE),
    AGREEMENT_NOT_DELEGATED("REN-04", "agreement-not-delegated", Kind.RULE),
    PROHIBITIONS_NOT_EXPLAINED("REN-04", "prohibitions-not-explained", Kind.RULE),
    FEES_NOT_AS_QUOTED("REN-05", "fees-not-as-quoted", Kind.CONFLICT),
    NO_SERVICE_PHONE("REN-06", "no-service-phone", Kind.RULE),
    PASSES_EXHAUSTED("REN-06", "passes-exhausted", Kind.RULE),
    PASS_NUMBER_TAKEN("REN-06", "pass-number-taken", Kind.CONFLICT),
    NO_ENTRY_WITNESS("REN-07", "no-entry-witness", Kind.RULE),
    /** The department named does not do the act (REN-02 signs, REN-10 accepts): the act names its rule. */
    NOT_THE_DEPARTMENT(null, "not-the-department", Kind.RULE),
    ROUND_RECORDED_ALREADY("REN-08", "round-recorded-already", Kind.CONFLICT),
    PERMIT_PERIOD_INVALID("REN-08", "permit-period-invalid", Kind.RULE),
    OWNER_PHONED_FIRST("REN-09", "owner-phoned-first", Kind.RULE),
    NOTICE_NOT_SIGNED("REN-09", "notice-not-signed", Kind.RULE),
    PENALTIES_NOT_ALLOWED("REN-09", "penalties-not-allowed", Kind.RULE),
    NO_PENALTY_ON_THE_NOTICE("REN-09", "no-penalty-on-the-notice", Kind.RULE),
    PENALTY_FILED_ALREADY("REN-09", "penalty-filed-already", Kind.CONFLICT),
    ACCEPTANCE_NOT_REQUESTED("REN-10", "acceptance-not-requested", Kind.CONFLICT),
    FAILED_ITEM_WITHOUT_FIX("REN-10", "failed-item-without-fix", Kind.RULE),
    CHECKED_ALREADY("REN-10", "checked-already", Kind.CONFLICT),
    REFUND_NOT_DUE("DEP-04", "refund-not-due", Kind.RULE),
    NEIGHBOURS_NOT_CHECKED("DEP-04", "neighbours-not-checked", Kind.RULE),
    NEIGHBOURS_HARMED("DEP-04", "neighbours-harmed", Kind.RULE),
    HARM_NOT_REMEDIED("DEP-04", "harm-not-remedied", Kind.RULE),
    PENALTY_NOT_FILED("DEP-04", "penalty-not-filed", Kind.RULE),
    FEES_NOT_DEDUCTED("DEP-04", "fees-not-deducted", Kind.RULE),
    OWNER_CONSENT_MISSING("DEP-04", "owner-consent-missing", Kind.RULE),
    REFUND_NOT_REQUESTED("DEP-04", "refund-not-requested", Kind.RULE),
    REFUND_REQUESTED_ALREADY("DEP-04", "refund-requested-already", Kind.CONFLICT),
    SIGN_OFF_MISSING("DEP-04", "sign-off-missing", Kind.RULE),
    SIGNED_OFF_ALREADY("DEP-04", "signed-off-already", Kind.CONFLICT),
    REFUNDABLE_CHANGED("DEP-04", "refundable-changed", Kind.CONFLICT);

    private final Definition definition;

    RenovationRefusals(String ruleId, String code, Kind kind) {
        this.definition = new Definition(ruleId, code, kind);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
