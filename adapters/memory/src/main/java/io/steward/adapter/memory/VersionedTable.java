package io.steward.adapter.memory;

import io.steward.ports.shared.ConcurrentUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.Predicate;

/**
 * A table of versioned state records: {@code save} is an optimistic-locking write that stores the state with
 * version + 1, and is undone if the transaction fails.
 */
final class VersionedTable<K, S> {
    /** How to read a record's key and version, and copy it with a new version. */
    interface Shape<K, S> {
        K key(S state);

        long version(S state);

        S withVersion(S state, long version);

        static <K, S> Shape<K, S> of(Function<S, K> key, ToLongFunction<S> version, BiFunction<S, Long, S> withVersion) {
            return new Shape<>() {
                public K key(S state) {
                    return key.apply(state);
                }

                public long version(S state) {
                    return version.applyAsLong(state);
                }

                public S withVersion(S state, long v) {
                    return withVersion.apply(state, v);
                }
            };
        }
    }

    private final String what;
    private final Shape<K, S> shape;
    private final MemoryTransactions tx;
    private final Map<K, S> rows = new LinkedHashMap<>();

    VersionedTable(String what, Shape<K, S> shape, MemoryTransactions tx) {
        this.what = what;
        this.shape = shape;
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

    void save(S state) {
        K key = shape.key(state);
        long expected = shape.version(state);
        S next = shape.withVersion(state, expected + 1);
        Object[] previous = new Object[1];
        tx.change(() -> {
            synchronized (this) {
                S current = rows.get(key);
                long stored = current == null ? 0 : shape.version(current);
                if (stored != expected) {
                    throw new ConcurrentUpdate(what, key, expected);
                }
                previous[0] = current;
                rows.put(key, next);
            }
        }, () -> restore(key, previous[0]));
    }

    /** Inserts new rows (version 0 → 1) in one change. */
    void insertAll(List<S> states) {
        List<S> stored = new ArrayList<>(states.size());
        synchronized (this) {
            for (S s : states) {
                if (rows.containsKey(shape.key(s)) || shape.version(s) != 0) {
                    throw new ConcurrentUpdate(what, shape.key(s), shape.version(s));
                }
                stored.add(shape.withVersion(s, 1));
            }
        }
        tx.change(() -> {
            synchronized (this) {
                stored.forEach(s -> rows.put(shape.key(s), s));
            }
        }, () -> {
            synchronized (this) {
                stored.forEach(s -> rows.remove(shape.key(s)));
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
