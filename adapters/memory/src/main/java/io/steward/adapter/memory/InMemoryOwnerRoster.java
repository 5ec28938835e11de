package io.steward.adapter.memory;

import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.OwnerRoster;
import io.steward.ports.estate.out.RosterEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The owner roster in memory: one line per unit, replaced on update. */
public final class InMemoryOwnerRoster implements OwnerRoster {
    private final MemoryTransactions tx;
    private final Map<UnitId, RosterEntry> lines = new HashMap<>();

    public InMemoryOwnerRoster(MemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void put(List<RosterEntry> entries) {
        Map<UnitId, RosterEntry> before = new HashMap<>();
        tx.change(() -> {
            synchronized (this) {
                for (RosterEntry e : entries) {
                    before.putIfAbsent(e.unit(), lines.get(e.unit()));
                    lines.put(e.unit(), e);
                }
            }
        }, () -> {
            synchronized (this) {
                before.forEach((unit, old) -> {
                    if (old == null) {
                        lines.remove(unit);
                    } else {
                        lines.put(unit, old);
                    }
                });
            }
        });
    }

    @Override
    public synchronized Optional<RosterEntry> find(UnitId unit) {
        return Optional.ofNullable(lines.get(unit));
    }
}
