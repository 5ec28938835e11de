package io.steward.ports.keys;

import io.steward.ports.shared.RefusalCode;
import io.steward.ports.shared.Refusal.Kind;

/**
 * Every refusal key custody answers: its code, the DOMAIN.md rule and its kind (409 or 422: {@link
 * io.steward.ports.shared.RefusalCode} says which is which). A rule id of {@code null} marks a shared check that
 * enforces the rule of the act that calls it. Ordered by rule.
 */
public enum KeyRefusals implements RefusalCode {
    HANDOVER_NOT_INSPECTED("EST-04", "handover-not-inspected", Kind.RULE),
    ONE_KEY_CANNOT_STAY("EST-04", "one-key-cannot-stay", Kind.RULE),
    RECTIFICATION_KEY_KEPT_AT_HANDOVER("EST-04", "rectification-key-kept-at-handover", Kind.RULE),
    NOT_ENTRUSTED_EST07("EST-07", "not-entrusted", Kind.CONFLICT),
    OBLIGATION_WITHOUT_DISPOSITION("EST-07", "obligation-without-disposition", Kind.RULE),
    UNIT_KEY_ONLY("KEY-01", "unit-key-only", Kind.RULE),
    UNIT_TAKEN_OVER("KEY-01", "unit-taken-over", Kind.RULE),
    DEPUTY_NOT_STAFF("KEY-02", "deputy-not-staff", Kind.RULE),
    KEEPS_THE_REGISTER_ALREADY("KEY-02", "keeps-the-register-already", Kind.CONFLICT),
    KEYS_DO_NOT_ADD_UP("KEY-02", "keys-do-not-add-up", Kind.RULE),
    KEYS_NOT_HANDED_FOR_HANDOVER("KEY-02", "keys-not-handed-for-handover", Kind.RULE),
    NO_KEY_MANAGER("KEY-02", "no-key-manager", Kind.RULE),
    NO_KEYS_REGISTERED("KEY-02", "no-keys-registered", Kind.RULE),
    NOT_A_KEY_MANAGER("KEY-02", "not-a-key-manager", Kind.RULE),
    NOT_THE_KEY_MANAGER("KEY-02", "not-the-key-manager", Kind.RULE),
    HANDOVER_NOT_COMPLETE("KEY-03", "handover-not-complete", Kind.RULE),
    ISSUED_AT_THE_HANDOVER("KEY-03", "issued-at-the-handover", Kind.RULE),
    NO_OWNER_ON_FILE("KEY-03", "no-owner-on-file", Kind.RULE),
    NOT_A_UNIT_KEY("KEY-03", "not-a-unit-key", Kind.RULE),
    NOT_THE_OWNER_KEY03("KEY-03", "not-the-owner", Kind.RULE),
    DISCLAIMER_NOT_ACKNOWLEDGED("KEY-04", "disclaimer-not-acknowledged", Kind.RULE),
    ENTRUSTED_KEY_IN_CUSTODY("KEY-04", "entrusted-key-in-custody", Kind.RULE),
    NOT_AN_OCCUPANT("KEY-04", "not-an-occupant", Kind.RULE),
    NOT_ENTRUSTED_KEY04("KEY-04", "not-entrusted", Kind.CONFLICT),
    NOT_THE_OWNER_KEY04("KEY-04", "not-the-owner", Kind.RULE),
    OCCUPANT_CONSENT_REQUIRED("KEY-04", "occupant-consent-required", Kind.RULE),
    ONLY_VACANT_UNITS("KEY-04", "only-vacant-units", Kind.RULE),
    ENTRUSTED_KEY_IS_COLLECTED("KEY-05", "entrusted-key-is-collected", Kind.RULE),
    NOT_ENTRUSTED_KEY05("KEY-05", "not-entrusted", Kind.RULE),
    NOT_THE_ENTRUSTING_PERSON("KEY-05", "not-the-entrusting-person", Kind.RULE),
    VIEWING_KEY_STAYS_WITH_STAFF("KEY-06", "viewing-key-stays-with-staff", Kind.RULE),
    INTERNAL_STAFF_ONLY("KEY-07", "internal-staff-only", Kind.RULE),
    TWO_APPROVERS_REQUIRED("KEY-08", "two-approvers-required", Kind.RULE),
    DECISION_OF_ANOTHER_ESTATE("KEY-09", "decision-of-another-estate", Kind.RULE),
    KEY_NOT_IN_CUSTODY("KEY-09", "key-not-in-custody", Kind.CONFLICT),
    KEY_NOT_LOST("KEY-09", "key-not-lost", Kind.CONFLICT),
    NOT_A_SPARE_KEY("KEY-10", "not-a-spare-key", Kind.RULE),
    SPARE_KEY_WITH_STAFF("KEY-10", "spare-key-with-staff", Kind.RULE),
    ENTRY_IN_THE_FUTURE("KEY-11", "entry-in-the-future", Kind.RULE),
    ENTRY_NOT_CONFIRMED("KEY-11", "entry-not-confirmed", Kind.CONFLICT),
    ENTRY_NOT_ENTERED("KEY-11", "entry-not-entered", Kind.CONFLICT),
    ENTRY_NOT_OCCUPANT_CONTACTED("KEY-11", "entry-not-occupant-contacted", Kind.CONFLICT),
    ENTRY_NOT_SCENE_RECORDED("KEY-11", "entry-not-scene-recorded", Kind.CONFLICT),
    GROUNDS_NOT_MET("KEY-11", "grounds-not-met", Kind.RULE),
    INCIDENT_NOT_RECORDED_KEY11("KEY-11", "incident-not-recorded", Kind.RULE),
    SCENE_NOT_SECURED("KEY-11", "scene-not-secured", Kind.RULE),
    SIGNATURE_NOT_THE_OCCUPANT("KEY-11", "signature-not-the-occupant", Kind.RULE),
    SPARE_KEY_IN_CABINET("KEY-11", "spare-key-in-cabinet", Kind.RULE),
    STAFF_ONLY("KEY-11", "staff-only", Kind.RULE),
    TWO_STAFF_REQUIRED("KEY-11", "two-staff-required", Kind.RULE),
    KEY_NOT_AT_HANDOVER("KEY-12", "key-not-at-handover", Kind.CONFLICT),
    KEY_NOT_IN_CABINET("KEY-12", "key-not-in-cabinet", Kind.CONFLICT),
    KEY_NOT_OUT("KEY-12", "key-not-out", Kind.CONFLICT),
    KEY_OUT("KEY-12", "key-out", Kind.CONFLICT),
    KEYS_HANDED_ALREADY("KEY-12", "keys-handed-already", Kind.CONFLICT),
    RETURNED_BY_THE_HOLDER("KEY-12", "returned-by-the-holder", Kind.RULE),
    DUE_TIME_PASSED(null, "due-time-passed", Kind.RULE),
    INCIDENT_NOT_RECORDED_GIVEN(null, "incident-not-recorded", Kind.RULE),
    SIGNATURE_NOT_THE_HOLDER(null, "signature-not-the-holder", Kind.RULE);

    private final Definition definition;

    KeyRefusals(String ruleId, String code, Kind kind) {
        this.definition = new Definition(ruleId, code, kind);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
