package io.steward.adapter.memory;

import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyRegisters;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import java.util.Optional;

/** Key registers in memory; transactions are serialised, so numbering needs no lock of its own. */
public final class InMemoryKeyRegisters implements KeyRegisters {
    private final VersionedTable<EstateId, KeyRegisterState> table;

    public InMemoryKeyRegisters(MemoryTransactions tx) {
        table = new VersionedTable<>("key register", KeyRegisterState::estate, tx);
    }

    @Override
    public Optional<KeyRegisterState> find(EstateId estate) {
        return table.find(estate);
    }

    @Override
    public KeyRegisterState save(KeyRegisterState s) {
        long last = table.find(s.estate()).map(KeyRegisterState::lastNumber).orElse(0L);
        return table.save(s.withLastNumber(last));
    }

    @Override
    public long nextNumber(EstateId estate) {
        KeyRegisterState s = table.find(estate).orElseThrow(() -> new NotFound("key register", estate));
        table.save(s.withLastNumber(s.lastNumber() + 1));
        return s.lastNumber() + 1;
    }
}
