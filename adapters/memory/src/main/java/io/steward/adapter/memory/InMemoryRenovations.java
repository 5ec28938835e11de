package io.steward.adapter.memory;

import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.renovation.out.Renovations;
import io.steward.ports.shared.StoreConflict;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Renovations in memory. */
public final class InMemoryRenovations implements Renovations {
    private final VersionedTable<RenovationId, RenovationState> table;

    public InMemoryRenovations(MemoryTransactions tx) {
        table = new VersionedTable<>("renovation", RenovationState::id, tx);
    }

    @Override
    public Optional<RenovationState> find(RenovationId id) {
        return table.find(id);
    }

    @Override
    public synchronized RenovationState save(RenovationState state) {
        if (state.status().active()) {
            active(state.unit()).filter(other -> !other.id().equals(state.id())).ifPresent(other -> {
                throw StoreConflict.duplicate("active renovation of unit", state.unit());
            });
        }
        return table.save(state);
    }

    @Override
    public Optional<RenovationState> active(UnitId unit) {
        return table.where(r -> r.unit().equals(unit) && r.status().active()).stream().findFirst();
    }

    @Override
    public List<RenovationState> ofEstate(EstateId estate, Set<RenovationStatus> statuses) {
        return table.where(r -> r.estate().equals(estate) && statuses.contains(r.status())).stream()
                .sorted(Comparator.comparing(r -> r.application().at())).toList();
    }

    @Override
    public List<RenovationState> refundsDue(EstateId estate, LocalDate day) {
        return table.where(r -> r.estate().equals(estate) && r.status() == RenovationStatus.COMPLETED
                        && !r.completion().refundDueOn().isAfter(day)).stream()
                .sorted(Comparator.comparing((RenovationState r) -> r.completion().refundDueOn())
                        .thenComparing(r -> r.id().toString())).toList();
    }
}
