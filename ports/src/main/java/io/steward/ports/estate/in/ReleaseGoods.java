package io.steward.ports.estate.in;

import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.shared.InvalidInput;
import java.util.List;

/**
 * EST-09 物品放行: goods leave the estate only on a pass. The front desk writes it (FRONT_DESK); security verifies it
 * at the gate (SECURITY). Moving out needs every arrear settled; a carrier other than the owner needs the owner's
 * agreement by phone, and an owner who cannot be reached means no release.
 */
public interface ReleaseGoods {
    GoodsPassState request(UnitId unit, PassRequest request);

    GoodsPassState recordOwnerCall(GoodsPassId pass, OwnerCall call);

    GoodsPassState sign(GoodsPassId pass, Signatures signatures);

    GoodsPassState verifyAtGate(GoodsPassId pass);

    List<GoodsPassState> passesOf(UnitId unit);

    record PassRequest(String carrierName, Carrier carrier, List<GoodsItem> items, RemovalPurpose purpose) {
        public PassRequest {
            if (carrierName == null || carrierName.isBlank() || carrier == null) {
                throw new InvalidInput("identify the carrier: name and who they are (owner, tenant, family, nanny, staff)");
            }
            items = items == null ? List.of() : List.copyOf(items);
            if (items.isEmpty()) {
                throw new InvalidInput("list the items and their quantities");
            }
            if (purpose == null) {
                throw new InvalidInput("purpose (MOVING_OUT or TEMPORARY) is required");
            }
        }
    }

    /** The three signatures of the pass. */
    record Signatures(String staff, String owner, String carrier) {
        public Signatures {
            if (blank(staff) || blank(owner) || blank(carrier)) {
                throw new InvalidInput("a pass carries three signatures: staff, owner and carrier");
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
