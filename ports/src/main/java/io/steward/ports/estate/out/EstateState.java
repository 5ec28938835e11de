package io.steward.ports.estate.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.shared.EstateId;
import java.util.List;

/** Stored state of an estate: identity, published fee schedule and policy. */
public record EstateState(EstateId id, String code, String name, String zone, List<FeeItem> fees,
                          EstatePolicy policy, long version) implements Versioned<EstateState> {
    public EstateState {
        fees = List.copyOf(fees);
    }

    /** The same state as stored under {@code version}: what an adapter answers after a write. */
    @Override
    public EstateState withVersion(long version) {
        return new EstateState(id, code, name, zone, fees, policy, version);
    }
}
