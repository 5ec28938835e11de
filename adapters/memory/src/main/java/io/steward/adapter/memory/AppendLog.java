package io.steward.adapter.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An append-only list of history records; appends of a failed transaction are undone, nothing else ever is.
 * Optionally indexed by one grouping (the unit of a fee entry, the key of a movement), so that reading or checking one
 * group's history costs that group's length, not the whole log's: the log grows for as long as the estate is run.
 */
final class AppendLog<T> {
    private final MemoryTransactions tx;
    private final Function<T, ?> group;
    private final List<T> rows = new ArrayList<>();
    private final Map<Object, List<T>> groups = new HashMap<>();

    AppendLog(MemoryTransactions tx) {
        this(tx, null);
    }

    AppendLog(MemoryTransactions tx, Function<T, ?> group) {
        this.tx = tx;
        this.group = group;
    }

    void append(List<T> items) {
        List<T> copy = List.copyOf(items);
        tx.change(() -> {
            synchronized (this) {
                rows.addAll(copy);
                if (group != null) {
                    copy.forEach(item -> groups.computeIfAbsent(group.apply(item), g -> new ArrayList<>()).add(item));
                }
            }
        }, () -> {
            synchronized (this) {
                rows.subList(rows.size() - copy.size(), rows.size()).clear();
                if (group != null) {
                    for (int i = copy.size() - 1; i >= 0; i--) {
                        List<T> members = groups.get(group.apply(copy.get(i)));
                        members.remove(members.size() - 1);
                    }
                }
            }
        });
    }

    synchronized List<T> where(Predicate<T> filter) {
        return rows.stream().filter(filter).toList();
    }

    /** The last record appended to a group, if any. */
    synchronized Optional<T> last(Object key) {
        List<T> members = members(key);
        return members.isEmpty() ? Optional.empty() : Optional.of(members.get(members.size() - 1));
    }

    /** The records of one group, in the order they were appended. */
    synchronized List<T> of(Object key) {
        return List.copyOf(members(key));
    }

    /** How many records one group has. */
    synchronized int size(Object key) {
        return members(key).size();
    }

    /** Records {@code from} (inclusive) to {@code to} (exclusive) of one group, in the order they were appended. */
    synchronized List<T> slice(Object key, int from, int to) {
        List<T> members = members(key);
        return List.copyOf(members.subList(Math.min(from, members.size()), Math.min(to, members.size())));
    }

    private List<T> members(Object key) {
        if (group == null) {
            throw new IllegalStateException("this log has no grouping; read it with where()");
        }
        return groups.getOrDefault(key, List.of());
    }
}
