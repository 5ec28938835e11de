package io.steward.adapter.jpa;

import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.estate.out.GoodsPasses;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Goods-release passes (EST-09) as documents, keyed by unit and by the day they were requested. */
public final class JpaGoodsPasses implements GoodsPasses {
    private final Documents<GoodsPassState> docs;

    public JpaGoodsPasses(EntityManagerSource source) {
        docs = new Documents<>(source, "GOODS_PASS", GoodsPassState.class, Comparator.comparing(GoodsPassState::requestedAt));
    }

    @Override
    public Optional<GoodsPassState> find(GoodsPassId id) {
        return docs.find(id.toString());
    }

    @Override
    public GoodsPassState save(GoodsPassState s) {
        GoodsPassState stored = s.withVersion(s.version() + 1);
        docs.save(s.id().toString(), s.estate().toString(), s.unit().toString(), null, s.version(), stored);
        return stored;
    }

    @Override
    public List<GoodsPassState> ofUnit(UnitId unit) {
        return docs.byOwner(unit.toString());
    }
}
