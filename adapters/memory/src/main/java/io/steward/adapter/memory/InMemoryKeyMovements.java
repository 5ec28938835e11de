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
        log = new AppendLog<>(tx);
    }

    @Override
    public void append(KeyMovement m) {
        if (!log.where(x -> x.key().equals(m.key()) && x.seq() == m.seq()).isEmpty()) {
            throw new Conflict("KEY-12", "movement-exists", "key " + m.key() + " already has movement " + m.seq(),
                    Map.of("key", m.key().toString(), "seq", m.seq()));
        }
        log.append(List.of(m));
    }

    @Override
    public List<KeyMovement> ofKey(KeyId key) {
        return log.where(m -> m.key().equals(key));
    }
}
