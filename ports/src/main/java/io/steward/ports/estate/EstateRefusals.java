package io.steward.ports.estate;

import io.steward.ports.shared.RefusalCode;
import io.steward.ports.shared.Refusal.Kind;

/**
 * Every refusal the estate context (estates, units and their occupancy, handovers, fees and meters, archives, the gate, transfers, the census) answers: its code, the DOMAIN.md rule and its kind (409 or 422: {@link
 * io.steward.ports.shared.RefusalCode} says which is which). A rule id of {@code null} marks a shared check that
 * enforces the rule of the act that calls it. Ordered by rule.
 */
public enum EstateRefusals implements RefusalCode {
    AMOUNT_NOT_FROM_SCHEDULE("DEP-02", "amount-not-from-schedule", Kind.RULE),
    FEE_NOT_FOR_THIS_UNIT("DEP-02", "fee-not-for-this-unit", Kind.RULE),
    MANAGEMENT_FEE_MISSING("DEP-02", "management-fee-missing", Kind.RULE),
    METERED_FEE_BY_READING("DEP-02", "metered-fee-by-reading", Kind.RULE),
    NOT_A_METER_OF_THE_UNIT("DEP-02", "not-a-meter-of-the-unit", Kind.RULE),
    PERIOD_REQUIRED("DEP-02", "period-required", Kind.RULE),
    READING_BELOW_LAST("DEP-02", "reading-below-last", Kind.RULE),
    ACCOUNT_TOTAL_OUT_OF_RANGE("DEP-06", "account-total-out-of-range", Kind.RULE),
    LINE_ALREADY_REVERSED("DEP-06", "line-already-reversed", Kind.RULE),
    LINE_NOT_REVERSIBLE("DEP-06", "line-not-reversible", Kind.RULE),
    NO_SUCH_FEE_LINE("DEP-06", "no-such-fee-line", Kind.RULE),
    NO_SUCH_REFUND("DEP-06", "no-such-refund", Kind.RULE),
    REFUND_PAID_ALREADY("DEP-06", "refund-paid-already", Kind.RULE),
    ESTATE_CODE_TAKEN("EST-01", "estate-code-taken", Kind.CONFLICT),
    LAYOUT_REFUSED("EST-01", "layout-refused", Kind.CONFLICT),
    CORRECTED_THROUGH_ITS_PROCESS("EST-02", "corrected-through-its-process", Kind.RULE),
    OCCUPANCY_CHANGE_REFUSED("EST-02", "occupancy-change-refused", Kind.RULE),
    OWNER_NOT_IN_OCCUPATION("EST-02", "owner-not-in-occupation", Kind.RULE),
    CENSUS_EXISTS("EST-03", "census-exists", Kind.CONFLICT),
    CENSUS_INCOMPLETE("EST-03", "census-incomplete", Kind.RULE),
    CENSUS_NOT_REPORTED("EST-03", "census-not-reported", Kind.RULE),
    CENSUS_REPORTED("EST-03", "census-reported", Kind.RULE),
    CENSUS_SIGNED("EST-03", "census-signed", Kind.RULE),
    CHANGED_SINCE_THE_CENSUS("EST-03", "changed-since-the-census", Kind.RULE),
    CORRECTED_BY_WHO_CHECKED("EST-03", "corrected-by-who-checked", Kind.RULE),
    NO_DISCREPANCY_TO_CORRECT("EST-03", "no-discrepancy-to-correct", Kind.RULE),
    UNKNOWN_UNITS("EST-03", "unknown-units", Kind.RULE),
    ARCHIVE_NOT_OF_VERIFIED_OWNER("EST-04", "archive-not-of-verified-owner", Kind.RULE),
    BIRTHDAY_MISSING("EST-04", "birthday-missing", Kind.RULE),
    DEFECT_NOT_OPEN("EST-04", "defect-not-open", Kind.RULE),
    DEFECT_NOT_RECTIFIED("EST-04", "defect-not-rectified", Kind.RULE),
    EMERGENCY_MOBILE_MISSING("EST-04", "emergency-mobile-missing", Kind.RULE),
    HANDBOOKS_NOT_HANDED("EST-04", "handbooks-not-handed", Kind.RULE),
    HANDOVER_ALREADY_ENDED("EST-04", "handover-already-ended", Kind.RULE),
    HANDOVER_ALREADY_OPEN("EST-04", "handover-already-open", Kind.CONFLICT),
    HANDOVER_DATE_IN_FUTURE("EST-04", "handover-date-in-future", Kind.RULE),
    HANDOVER_STEP_OUT_OF_ORDER("EST-04", "handover-step-out-of-order", Kind.RULE),
    IDENTITY_NOT_VERIFIED("EST-04", "identity-not-verified", Kind.RULE),
    METERS_NOT_READ_EST04("EST-04", "meters-not-read", Kind.RULE),
    NO_SUCH_DEFECT("EST-04", "no-such-defect", Kind.RULE),
    OWNER_NOT_ON_ROSTER("EST-04", "owner-not-on-roster", Kind.RULE),
    PAYMENT_EXCEEDS_FEES_DUE("EST-04", "payment-exceeds-fees-due", Kind.RULE),
    RECEIPT_NOT_SIGNED_BY_OWNER("EST-04", "receipt-not-signed-by-owner", Kind.RULE),
    ROSTER_NAMES_UNKNOWN_UNITS("EST-04", "roster-names-unknown-units", Kind.CONFLICT),
    UNIT_ALREADY_TAKEN_OVER("EST-04", "unit-already-taken-over", Kind.RULE),
    UNIT_NOT_TAKEN_OVER("EST-04", "unit-not-taken-over", Kind.RULE),
    NO_OWNER_ARCHIVE("EST-05", "no-owner-archive", Kind.RULE),
    TENANT_DOCUMENT_MISSING("EST-05", "tenant-document-missing", Kind.RULE),
    UNIT_NOT_HANDED_OVER("EST-05", "unit-not-handed-over", Kind.RULE),
    NO_TENANT("EST-06", "no-tenant", Kind.RULE),
    OWNER_HAS_NOT_AGREED("EST-06", "owner-has-not-agreed", Kind.RULE),
    ARCHIVE_ALREADY_CLOSED("EST-07", "archive-already-closed", Kind.RULE),
    ARREARS_OUTSTANDING_EST07("EST-07", "arrears-outstanding", Kind.RULE),
    CREDIT_AGREEMENT_REQUIRED("EST-07", "credit-agreement-required", Kind.RULE),
    NEW_OWNER_ARCHIVE_INCOMPLETE("EST-07", "new-owner-archive-incomplete", Kind.RULE),
    NO_OWNER_EST07("EST-07", "no-owner", Kind.RULE),
    OBLIGATION_CANNOT_BE_SETTLED_HERE("EST-07", "obligation-cannot-be-settled-here", Kind.RULE),
    OBLIGATION_WITHOUT_DISPOSITION("EST-07", "obligation-without-disposition", Kind.RULE),
    OBLIGATION_UNKNOWN("EST-07", "obligation-unknown", Kind.RULE),
    OLD_OWNER_MOVES_OUT_FIRST("EST-07", "old-owner-moves-out-first", Kind.RULE),
    OWNER_CHANGED("EST-07", "owner-changed", Kind.CONFLICT),
    PREPAYMENT_TOO_SMALL("EST-07", "prepayment-too-small", Kind.RULE),
    RENOVATION_OPEN("EST-07", "renovation-open", Kind.RULE),
    TRANSFER_ALREADY_OPEN("EST-07", "transfer-already-open", Kind.CONFLICT),
    TRANSFER_DATE_OUT_OF_RANGE("EST-07", "transfer-date-out-of-range", Kind.RULE),
    TRANSFER_NOT_AWAITING_PREPAYMENT("EST-07", "transfer-not-awaiting-prepayment", Kind.CONFLICT),
    NO_SUCH_RESIDENT("EST-08", "no-such-resident", Kind.RULE),
    CARRIER_NOT_THE_OWNER("EST-09", "carrier-not-the-owner", Kind.RULE),
    NO_OWNER_EST09("EST-09", "no-owner", Kind.RULE),
    NOT_THE_NAMED_CARRIER("EST-09", "not-the-named-carrier", Kind.RULE),
    PASS_NOT_AWAITING_OWNER("EST-09", "pass-not-awaiting-owner", Kind.RULE),
    PASS_NOT_AWAITING_SIGNATURES("EST-09", "pass-not-awaiting-signatures", Kind.RULE),
    PASS_NOT_ISSUED("EST-09", "pass-not-issued", Kind.RULE),
    PASS_NOT_REFUSED("EST-09", "pass-not-refused", Kind.RULE),
    PASS_NOT_USED("EST-09", "pass-not-used", Kind.RULE),
    SIGNATURE_NOT_THE_CARRIER("EST-09", "signature-not-the-carrier", Kind.RULE),
    SIGNATURE_NOT_THE_OWNER("EST-09", "signature-not-the-owner", Kind.RULE),
    ARREARS_OUTSTANDING_GIVEN(null, "arrears-outstanding", Kind.RULE),
    BEFORE_THE_LAST_CHANGE(null, "before-the-last-change", Kind.RULE),
    GOODS_RELEASE_PASS_REQUIRED(null, "goods-release-pass-required", Kind.RULE),
    GOODS_RELEASE_PASS_USED(null, "goods-release-pass-used", Kind.RULE),
    METERS_NOT_READ_GIVEN(null, "meters-not-read", Kind.RULE),
    RECORDED_AFTER_IT_HAPPENED(null, "recorded-after-it-happened", Kind.RULE);

    private final Definition definition;

    EstateRefusals(String ruleId, String code, Kind kind) {
        this.definition = new Definition(ruleId, code, kind);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
