package io.steward.adapter.memory;

import io.steward.ports.shared.out.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Keeps published events in memory (tests, demos); events of a rolled-back transaction are dropped. */
public final class RecordingEventPublisher implements EventPublisher {
    private final AppendLog<Object> log;

    public RecordingEventPublisher(MemoryTransactions tx) {
        log = new AppendLog<>(tx);
    }

    @Override
    public void publish(Object event) {
        log.append(List.of(event));
    }

    public List<Object> published() {
        return new ArrayList<>(log.where(e -> true));
    }

    public <T> List<T> published(Class<T> type) {
        return log.where(type::isInstance).stream().map(type::cast).toList();
    }
}
