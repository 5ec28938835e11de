package io.steward.ports.estate.out;

import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.PassStatus;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.util.List;

/**
 * A goods-release pass (EST-09). The signatures are the three of the paper pass: staff, owner, carrier; the pass
 * is printed twice, one copy for the gate. {@code usedBy} names the move-out that used a pass for moving out (EST-06).
 */
public record GoodsPassState(GoodsPassId id, EstateId estate, UnitId unit, String unitCode, String carrierName,
                             Carrier carrier, List<GoodsItem> items, RemovalPurpose purpose, PassStatus status,
                             boolean frequentRemoval, OwnerCall ownerCall, String staffSignature, String ownerSignature,
                             String carrierSignature, String requestedBy, Instant requestedAt, String verifiedBy,
                             Instant verifiedAt, String usedBy, long version) {
    public GoodsPassState {
        items = List.copyOf(items);
    }

    public GoodsPassState withVersion(long version) {
        return new GoodsPassState(id, estate, unit, unitCode, carrierName, carrier, items, purpose, status, frequentRemoval,
                ownerCall, staffSignature, ownerSignature, carrierSignature, requestedBy, requestedAt, verifiedBy, verifiedAt,
                usedBy, version);
    }
}
