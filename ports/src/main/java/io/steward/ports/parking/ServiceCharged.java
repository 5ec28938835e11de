package io.steward.ports.parking;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;

/**
 * PRK-02: a paid service was charged from the published price list; the assembly charges it to the unit's fee account
 * in the same transaction, to be paid at the till (no private settlement between staff and residents).
 */
public record ServiceCharged(EstateId estate, UnitId unit, PriceListId priceList, PaidService service, int quantity,
                             Fen amount, String reference) {
    /** The fee item a paid service is charged under: {@code SERVICE_} and its code. */
    public String feeItem() {
        return "SERVICE_" + service.code();
    }
}
