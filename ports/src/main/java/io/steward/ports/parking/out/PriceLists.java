package io.steward.ports.parking.out;

import io.steward.ports.parking.PriceListId;
import io.steward.ports.shared.EstateId;
import java.util.Optional;

/** PRK-02: the price lists of paid services (versioned state). */
public interface PriceLists {
    Optional<PriceListState> find(PriceListId id);

    PriceListState save(PriceListState state);

    /** The estate's published list, if any. */
    Optional<PriceListState> published(EstateId estate);
}
