package io.steward.ports.parking;

/** PRK-01 / DEP-05: a monthly rental's IC card — none yet, issued against its deposit, or returned and refunded. */
public enum CardStatus {
    NONE,
    ISSUED,
    RETURNED
}
