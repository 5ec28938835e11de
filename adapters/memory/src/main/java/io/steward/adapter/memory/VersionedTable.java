package io.steward.adapter.memory;

import io.steward.ports.shared.out.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table of versioned state records: {@code save} is an optimistic-locking write that stores the state with
 * version + 1, and is undone if the transaction fails.
 */
final class VersionedTable<K, S extends Versioned<S>> {
    private final String what;
    private final Function<S, K> key;
    private final MemoryTransactions tx;
    private final Map<K, S> rows = new LinkedHashMap<>();

    VersionedTable(String what, Function<S, K> key, MemoryTransactions tx) {
        this.what = what;
        this.key = key;
        this.tx = tx;
    }

    synchronized Optional<S> find(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    synchronized List<S> where(Predicate<S> filter) {
        return rows.values().stream().filter(filter).toList();
    }

    <T> List<T> whereMap(Predicate<S> filter, Function<S, T> map) {
        return where(filter).stream().map(map).toList();
    }

    /** Stores the state when its version is the stored one ({@link Versioned#expect}); answers it as stored. */
    S save(S state) {
        K id = key.apply(state);
        S next = state.stored();
        Object[] previous = new Object[1];
        tx.change(() -> {
            synchronized (this) {
                S current = rows.get(id);
                Versioned.expect(what, id, current == null ? 0 : current.version(), state.version());
                previous[0] = current;
                rows.put(id, next);
            }
        }, () -> restore(id, previous[0]));
        return next;
    }

    /** Inserts new rows (version 0 → 1) in one change. */
    void insertAll(List<S> states) {
        List<S> stored = new ArrayList<>(states.size());
        synchronized (this) {
            for (S s : states) {
                S current = rows.get(key.apply(s));
                Versioned.expect(what, key.apply(s), current == null ? 0 : current.version(), s.version());
                stored.add(s.stored());
            }
        }
        tx.change(() -> {
            synchronized (this) {
                stored.forEach(s -> rows.put(key.apply(s), s));
            }
        }, () -> {
            synchronized (this) {
                stored.forEach(s -> rows.remove(key.apply(s)));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private synchronized void restore(K key, Object previous) {
        if (previous == null) {
            rows.remove(key);
        } else {
            rows.put(key, (S) previous);
        }
    }
}
