package io.steward.adapter.memory;

import io.steward.ports.shared.StoreConflict;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyMovements;
import java.util.List;

/** Key histories in memory: append-only. */
public final class InMemoryKeyMovements implements KeyMovements {
    private final AppendLog<KeyMovement> log;

    public InMemoryKeyMovements(MemoryTransactions tx) {
        log = new AppendLog<>(tx, KeyMovement::key);
    }

    @Override
    public void append(KeyMovement m) {
        // a key's history grows only at its end: a seq at or below the last one is taken (or would rewrite the past)
        if (log.last(m.key()).filter(last -> last.seq() >= m.seq()).isPresent()) {
            throw StoreConflict.duplicate("movement", m.key() + "/" + m.seq());
        }
        log.append(List.of(m));
    }

    @Override
    public List<KeyMovement> ofKey(KeyId key) {
        return log.of(key);
    }
}
