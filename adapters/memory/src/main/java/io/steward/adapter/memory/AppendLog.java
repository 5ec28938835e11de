package io.steward.adapter.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** An append-only list of history records; appends of a failed transaction are undone, nothing else ever is. */
final class AppendLog<T> {
    private final MemoryTransactions tx;
    private final List<T> rows = new ArrayList<>();

    AppendLog(MemoryTransactions tx) {
        this.tx = tx;
    }

    void append(List<T> items) {
        List<T> copy = List.copyOf(items);
        tx.change(() -> {
            synchronized (this) {
                rows.addAll(copy);
            }
        }, () -> {
            synchronized (this) {
                rows.subList(rows.size() - copy.size(), rows.size()).clear();
            }
        });
    }

    synchronized List<T> where(Predicate<T> filter) {
        return rows.stream().filter(filter).toList();
    }
}
