package io.steward.ports.estate.out;

import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.UnitId;
import java.util.List;
import java.util.Optional;

/** Goods-release passes (EST-09). */
public interface GoodsPasses {
    Optional<GoodsPassState> find(GoodsPassId id);

    /**
     * Optimistic write: stores when the stored version equals {@code state.version()} (0 = new).
     *
     * @return the state as stored, with its new version, so that a use case never reads back what it just wrote
     */
    GoodsPassState save(GoodsPassState state);

    /** Every pass of the unit, oldest first. */
    List<GoodsPassState> ofUnit(UnitId unit);
}
