package io.steward.adapter.memory;

import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.FeeLedger;
import java.util.List;

/** Fee accounts in memory (append-only). */
public final class InMemoryFeeLedger implements FeeLedger {
    private final AppendLog<FeeEntry> log;

    public InMemoryFeeLedger(MemoryTransactions tx) {
        log = new AppendLog<>(tx, FeeEntry::unit);
    }

    @Override
    public void append(List<FeeEntry> entries) {
        log.append(entries);
    }

    @Override
    public List<FeeEntry> ofUnit(UnitId unit) {
        return log.of(unit);
    }
}
