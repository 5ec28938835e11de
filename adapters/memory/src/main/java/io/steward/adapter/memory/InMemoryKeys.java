package io.steward.adapter.memory;

import io.steward.ports.shared.StoreConflict;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.keys.out.Keys;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keys in memory. */
public final class InMemoryKeys implements Keys {
    private final VersionedTable<KeyId, KeyState> table;

    public InMemoryKeys(MemoryTransactions tx) {
        table = new VersionedTable<>("key", KeyState::id, tx);
    }

    @Override
    public Optional<KeyState> find(KeyId id) {
        return table.find(id);
    }

    @Override
    public KeyState save(KeyState state) {
        if (state.version() == 0 && !table.where(k -> k.estate().equals(state.estate()) && k.number() == state.number()
                && !k.id().equals(state.id())).isEmpty()) {
            throw StoreConflict.duplicate("key number", state.number());
        }
        return table.save(state);
    }

    @Override
    public Page<KeyState> ofEstate(EstateId estate, KeyStatus status, PageRequest page) {
        return Page.of(table.where(k -> k.estate().equals(estate) && (status == null || k.status() == status)).stream()
                .sorted(Comparator.comparingLong(KeyState::number)).toList(), page);
    }

    @Override
    public List<KeyState> ofUnit(UnitId unit) {
        return table.where(k -> unit.equals(k.unit())).stream().sorted(Comparator.comparingLong(KeyState::number)).toList();
    }

    @Override
    public List<KeyState> overdue(EstateId estate, Instant now) {
        return table.where(k -> k.estate().equals(estate) && k.status().isOut() && k.dueAt() != null && k.dueAt().isBefore(now))
                .stream().sorted(Comparator.comparing(KeyState::dueAt).thenComparingLong(KeyState::number)).toList();
    }
}
