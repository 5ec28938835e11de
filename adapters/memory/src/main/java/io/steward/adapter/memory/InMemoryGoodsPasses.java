package io.steward.adapter.memory;

import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.estate.out.GoodsPasses;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Goods-release passes in memory. */
public final class InMemoryGoodsPasses implements GoodsPasses {
    private final VersionedTable<GoodsPassId, GoodsPassState> table;

    public InMemoryGoodsPasses(MemoryTransactions tx) {
        table = new VersionedTable<>("goods-release pass", GoodsPassState::id, tx);
    }

    @Override
    public Optional<GoodsPassState> find(GoodsPassId id) {
        return table.find(id);
    }

    @Override
    public GoodsPassState save(GoodsPassState state) {
        return table.save(state);
    }

    @Override
    public List<GoodsPassState> ofUnit(UnitId unit) {
        return table.where(p -> p.unit().equals(unit)).stream().sorted(Comparator.comparing(GoodsPassState::requestedAt)).toList();
    }
}
