package io.steward.adapter.memory;

import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyMovements;
import io.steward.ports.shared.Conflict;
import java.util.List;
import java.util.Map;

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
            throw new Conflict("KEY-12", "movement-exists", "key " + m.key() + " already has movement " + m.seq(),
                    Map.of("key", m.key().toString(), "seq", m.seq()));
        }
        log.append(List.of(m));
    }

    @Override
    public List<KeyMovement> ofKey(KeyId key) {
        return log.of(key);
    }
}
