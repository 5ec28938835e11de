package io.steward.adapter.memory;

import io.steward.ports.parking.PriceListId;
import io.steward.ports.parking.PriceListStatus;
import io.steward.ports.parking.out.PriceListState;
import io.steward.ports.parking.out.PriceLists;
import io.steward.ports.shared.EstateId;
import java.util.Optional;

/** Price lists of paid services in memory. */
public final class InMemoryPriceLists implements PriceLists {
    private final VersionedTable<PriceListId, PriceListState> table;

    public InMemoryPriceLists(MemoryTransactions tx) {
        table = new VersionedTable<>("price list", PriceListState::id, tx);
    }

    @Override
    public Optional<PriceListState> find(PriceListId id) {
        return table.find(id);
    }

    @Override
    public PriceListState save(PriceListState state) {
        return table.save(state);
    }

    @Override
    public Optional<PriceListState> published(EstateId estate) {
        return table.where(p -> p.estate().equals(estate) && p.status() == PriceListStatus.PUBLISHED).stream().findFirst();
    }
}
