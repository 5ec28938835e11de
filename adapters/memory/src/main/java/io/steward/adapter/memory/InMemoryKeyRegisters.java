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
        table = new VersionedTable<>("key register", VersionedTable.Shape.of(KeyRegisterState::estate, KeyRegisterState::version,
                (s, v) -> new KeyRegisterState(s.estate(), s.keyManager(), s.designatedBy(), s.designatedAt(), s.deputies(),
                        s.lastNumber(), v)), tx);
    }

    @Override
    public Optional<KeyRegisterState> find(EstateId estate) {
        return table.find(estate);
    }

    @Override
    public KeyRegisterState save(KeyRegisterState s) {
        long last = table.find(s.estate()).map(KeyRegisterState::lastNumber).orElse(0L);
        KeyRegisterState kept = new KeyRegisterState(s.estate(), s.keyManager(), s.designatedBy(), s.designatedAt(), s.deputies(),
                last, s.version());
        table.save(kept);
        return table.find(s.estate()).orElseThrow();
    }

    @Override
    public long nextNumber(EstateId estate) {
        KeyRegisterState s = table.find(estate).orElseThrow(() -> new NotFound("key register", estate));
        table.save(new KeyRegisterState(s.estate(), s.keyManager(), s.designatedBy(), s.designatedAt(), s.deputies(),
                s.lastNumber() + 1, s.version()));
        return s.lastNumber() + 1;
    }
}
