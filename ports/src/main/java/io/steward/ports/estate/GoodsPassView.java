package io.steward.ports.estate;

import java.time.Instant;
import java.util.List;

/**
 * A goods-release pass as callers see it (EST-09): the carrier's and the owner's names, and the owner's answer on the
 * phone, masked unless the caller holds the grant to read the unit's personal data (EST-08); {@code usedBy} is the
 * move-out it was used by (EST-06).
 */
public record GoodsPassView(GoodsPassId id, UnitId unit, String unitCode, String carrierName, Carrier carrier,
                            List<GoodsItem> items, RemovalPurpose purpose, PassStatus status, boolean frequentRemoval,
                            OwnerCall ownerCall, String staffSignature, String ownerSignature, String carrierSignature,
                            String requestedBy, Instant requestedAt, String verifiedBy, Instant verifiedAt, String usedBy,
                            boolean masked, long version) {
    public GoodsPassView {
        items = List.copyOf(items);
    }
}
