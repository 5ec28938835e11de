package io.steward.adapter.memory;

import io.steward.ports.shared.StoreConflict;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.estate.out.Estates;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Comparator;
import java.util.Optional;

/** Estates in memory. */
public final class InMemoryEstates implements Estates {
    private final VersionedTable<EstateId, EstateState> table;

    public InMemoryEstates(MemoryTransactions tx) {
        table = new VersionedTable<>("estate", EstateState::id, tx);
    }

    @Override
    public Optional<EstateState> find(EstateId id) {
        return table.find(id);
    }

    @Override
    public Optional<EstateState> findByCode(String code) {
        return table.where(s -> s.code().equals(code)).stream().findFirst();
    }

    @Override
    public synchronized EstateState save(EstateState state) {
        if (table.where(s -> s.code().equals(state.code()) && !s.id().equals(state.id())).size() > 0) {
            throw StoreConflict.duplicate("estate code", state.code());
        }
        return table.save(state);
    }

    @Override
    public Page<EstateState> list(PageRequest page) {
        return Page.of(table.where(s -> true).stream().sorted(Comparator.comparing(EstateState::code)).toList(), page);
    }
}
