package io.steward.ports.parking;

/** PRK-02: a price list is drafted, approved and published, and superseded by the next one published. */
public enum PriceListStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
