package io.steward.ports.estate.in;

import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.GoodsPassView;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.util.List;

/**
 * EST-09 物品放行: goods leave the estate only on a pass, for one removal by one named carrier. The front desk writes it
 * (FRONT_DESK) and signs it as the member of staff; security lets the goods out at the gate (SECURITY), once, to the
 * carrier the pass names. Moving out needs every arrear settled; a carrier declared as the owner is the owner on the
 * archive (name and identity document); any other carrier needs the owner's agreement by phone, and an owner who cannot
 * be reached means no release. A pass for moving out is used by the one move-out it allows (EST-06). Views mask the
 * carrier's and owner's names unless the caller holds the grant to read the unit's personal data (EST-08).
 */
public interface ReleaseGoods {
    GoodsPassView request(UnitId unit, PassRequest request);

    GoodsPassView recordOwnerCall(GoodsPassId pass, OwnerCall call);

    GoodsPassView sign(GoodsPassId pass, Signatures signatures);

    GoodsPassView verifyAtGate(GoodsPassId pass, GateCheck check);

    GoodsPassView pass(GoodsPassId pass);

    List<GoodsPassView> passesOf(UnitId unit);

    /** @param carrierIdentity the carrier's identity document: checked against the owner archive when the carrier is the owner */
    record PassRequest(String carrierName, Carrier carrier, String carrierIdentity, List<GoodsItem> items,
                       RemovalPurpose purpose) {
        public static final int MAX_ITEMS = 100;

        public PassRequest {
            if (carrierName == null || carrierName.isBlank() || carrier == null) {
                throw new InvalidInput("identify the carrier: name and who they are (owner, tenant, family, nanny, staff)");
            }
            carrierName = carrierName.trim();
            carrierIdentity = Texts.optional(carrierIdentity);
            if (carrier == Carrier.OWNER && carrierIdentity == null) {
                throw new InvalidInput("a carrier who is the owner shows their identity document");
            }
            items = items == null ? List.of() : List.copyOf(items);
            if (items.isEmpty() || items.size() > MAX_ITEMS) {
                throw new InvalidInput("list 1 to " + MAX_ITEMS + " items and their quantities");
            }
            if (purpose == null) {
                throw new InvalidInput("purpose (MOVING_OUT or TEMPORARY) is required");
            }
        }
    }

    /** The owner's and the carrier's signatures of the pass; the member of staff who signs is the caller. */
    record Signatures(String owner, String carrier) {
        public Signatures {
            owner = Texts.required(owner, "the owner's signature");
            carrier = Texts.required(carrier, "the carrier's signature");
        }
    }

    /** At the gate: the name of the carrier who presents the pass, as on their identity document. */
    record GateCheck(String carrierName) {
        public GateCheck {
            carrierName = Texts.required(carrierName, "the name of the carrier at the gate");
        }
    }
}
