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
 * is printed twice, one copy for the gate.
 */
public record GoodsPassState(GoodsPassId id, EstateId estate, UnitId unit, String unitCode, String carrierName,
                             Carrier carrier, List<GoodsItem> items, RemovalPurpose purpose, PassStatus status,
                             boolean frequentRemoval, OwnerCall ownerCall, String staffSignature, String ownerSignature,
                             String carrierSignature, String requestedBy, Instant requestedAt, String verifiedBy,
                             Instant verifiedAt, long version) {
    public GoodsPassState {
        items = List.copyOf(items);
    }
}
