package io.steward.ports.parking;

import io.steward.ports.shared.Refusal.Kind;
import io.steward.ports.shared.RefusalCode;

/**
 * Every refusal the parking context answers: its code, the DOMAIN.md rule and its kind (409 or 422: {@link
 * io.steward.ports.shared.RefusalCode} says which is which). Ordered by rule.
 */
public enum ParkingRefusals implements RefusalCode {
    CARD_RETURNED_BEFORE_THE_END("DEP-05", "card-returned-before-the-end", Kind.RULE),
    CARD_NOT_ISSUED("DEP-05", "card-not-issued", Kind.CONFLICT),
    NOT_A_RESIDENT("PRK-01", "not-a-resident", Kind.RULE),
    LICENCE_NOT_CHECKED("PRK-01", "licence-not-checked", Kind.RULE),
    CARD_ISSUED_ALREADY("PRK-01", "card-issued-already", Kind.CONFLICT),
    CARD_NUMBER_TAKEN("PRK-01", "card-number-taken", Kind.CONFLICT),
    RENTAL_ENDED("PRK-01", "rental-ended", Kind.RULE),
    RENTAL_OVERLAPS("PRK-01", "rental-overlaps", Kind.CONFLICT),
    NO_PRICE_LIST_PUBLISHED("PRK-02", "no-price-list-published", Kind.RULE),
    PRICE_LIST_NOT_A_DRAFT("PRK-02", "price-list-not-a-draft", Kind.CONFLICT),
    SERVICE_NOT_ON_THE_PRICE_LIST("PRK-02", "service-not-on-the-price-list", Kind.RULE);

    private final Definition definition;

    ParkingRefusals(String ruleId, String code, Kind kind) {
        this.definition = new Definition(ruleId, code, kind);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
