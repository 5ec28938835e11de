package io.steward.ports.deposits;

/** What a deposit secures. */
public enum DepositPurpose {
    /** DEP-01 装修押金: collected with the renovation fees (REN-05), refunded after the completion acceptance (DEP-04). */
    RENOVATION,
    /** DEP-05: the IC card of a monthly parking rental (CNY 50), refunded when the card is returned. */
    PARKING_CARD
}
