package io.steward.ports.estate;

/**
 * What a published fee is for. EST-07: the new owner prepays at least half a year of the {@link #MANAGEMENT} fee
 * (物管费, 004 §21); {@link #UTILITY} fees are billed by meter reading at move-out and transfer (EST-06, EST-07).
 */
public enum FeeCategory {
    /** 物业管理费: the property-management fee. */
    MANAGEMENT,
    /** Other periodic service fees (waste removal, common-area electricity …). */
    SERVICE,
    /** Water, electricity, gas: billed by meter reading. */
    UTILITY
}
