package io.steward.ports.parking.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.parking.PaidService;
import io.steward.ports.parking.PriceListId;
import io.steward.ports.parking.PriceListView;
import io.steward.ports.parking.ServiceCharged;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.util.HashSet;
import java.util.List;

/**
 * PRK-02: paid convenience services. Customer service drafts the price list, the project manager approves it, it is
 * published; a paid service is charged only from the published list, to the unit's fee account.
 */
public interface OfferPaidServices {
    /** Drafts a price list (FRONT_DESK: customer service). */
    PriceListView draft(EstateId estate, List<PaidService> services);

    /** Publishes a drafted list on the project manager's approval of it; the list published before is superseded. */
    PriceListView publish(PriceListId list, ApprovalId approval);

    PriceListView priceList(PriceListId id);

    /** The estate's published price list. */
    PriceListView published(EstateId estate);

    /** Charges {@code quantity} of a service of the published list to the unit (FRONT_DESK, CASHIER). */
    ServiceCharged charge(UnitId unit, Order order);

    /** A service ordered: its code on the published list, how many units of it, and what it was for. */
    record Order(String service, int quantity, String reference) {
        public static final int MAX_QUANTITY = 1_000;

        public Order {
            service = Texts.required(service, "service code");
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                throw new InvalidInput("a service is ordered 1 to " + MAX_QUANTITY + " times");
            }
            reference = Texts.optional(reference);
            if (reference != null && reference.length() > 200) {
                throw new InvalidInput("a reference is at most 200 characters");
            }
        }
    }

    /** The services of a list: 1 to 200, each code once. */
    static List<PaidService> checked(List<PaidService> services) {
        if (services == null || services.isEmpty() || services.size() > 200) {
            throw new InvalidInput("a price list has 1 to 200 services");
        }
        if (services.stream().map(PaidService::code).collect(java.util.stream.Collectors.toCollection(HashSet::new)).size()
                != services.size()) {
            throw new InvalidInput("each service is on a price list once");
        }
        return List.copyOf(services);
    }
}
