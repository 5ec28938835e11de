package io.steward.adapter.memory;

import io.steward.ports.shared.out.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps published events in memory (tests, demos); events of a rolled-back transaction are dropped. Subscribers are
 * called synchronously, inside the publishing transaction, as a synchronous CDI observer is: what they write commits
 * or rolls back with the use case, and a subscriber's refusal refuses the use case.
 */
public final class RecordingEventPublisher implements EventPublisher {
    private final AppendLog<Object> log;
    private final List<Consumer<Object>> subscribers = new CopyOnWriteArrayList<>();

    public RecordingEventPublisher(MemoryTransactions tx) {
        log = new AppendLog<>(tx);
    }

    @Override
    public void publish(Object event) {
        log.append(List.of(event));
        subscribers.forEach(s -> s.accept(event));
    }

    /** Calls {@code subscriber} with every event of {@code type} published from now on, inside its transaction. */
    public <T> void subscribe(Class<T> type, Consumer<? super T> subscriber) {
        subscribers.add(event -> {
            if (type.isInstance(event)) {
                subscriber.accept(type.cast(event));
            }
        });
    }

    public List<Object> published() {
        return new ArrayList<>(log.where(e -> true));
    }

    public <T> List<T> published(Class<T> type) {
        return log.where(type::isInstance).stream().map(type::cast).toList();
    }
}
