package io.steward.ports.deposits;

import io.steward.ports.shared.Refusal.Kind;
import io.steward.ports.shared.RefusalCode;

/**
 * Every refusal the deposits context answers: its code, the DOMAIN.md rule and its kind (409 or 422: {@link
 * io.steward.ports.shared.RefusalCode} says which is which). Ordered by rule.
 */
public enum DepositRefusals implements RefusalCode {
    DEPOSITS_NOT_COLLECTED("DEP-01", "deposits-not-collected", Kind.RULE),
    DEPOSIT_NOT_PUBLISHED("DEP-02", "deposit-not-published", Kind.RULE),
    PENALTIES_NOT_ALLOWED("DEP-01", "penalties-not-allowed", Kind.RULE),
    DEDUCTIONS_HELD("DEP-04", "deductions-held", Kind.CONFLICT),
    REFUND_NOT_AS_APPROVED("DEP-04", "refund-not-as-approved", Kind.CONFLICT),
    DEDUCTION_WITHOUT_EVIDENCE("DEP-03", "deduction-without-evidence", Kind.RULE),
    PENALTY_THROUGH_ITS_NOTICE("DEP-03", "penalty-through-its-notice", Kind.RULE),
    DEDUCTION_ONLY_FROM_RENOVATION_DEPOSIT("DEP-03", "deduction-only-from-renovation-deposit", Kind.RULE),
    NOT_AN_OPEN_CHARGE("DEP-03", "not-an-open-charge", Kind.RULE),
    MORE_THAN_UNPAID("DEP-03", "more-than-unpaid", Kind.RULE),
    MORE_THAN_HELD("DEP-06", "more-than-held", Kind.CONFLICT),
    DEPOSIT_SETTLED("DEP-06", "deposit-settled", Kind.CONFLICT),
    NOT_A_HOLD("DEP-06", "not-a-hold", Kind.RULE),
    HOLD_ENDED("DEP-06", "hold-ended", Kind.CONFLICT),
    POSTING_OF_ANOTHER_DEPOSIT("DEP-06", "posting-of-another-deposit", Kind.RULE),
    POSTING_ID_REUSED("DEP-06", "posting-id-reused", Kind.CONFLICT),
    NOT_REVERSIBLE("DEP-06", "not-reversible", Kind.RULE),
    REVERSED_ALREADY("DEP-06", "reversed-already", Kind.CONFLICT);

    private final Definition definition;

    DepositRefusals(String ruleId, String code, Kind kind) {
        this.definition = new Definition(ruleId, code, kind);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
