package io.steward.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.adapter.memory.InMemory;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Refusal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Events are delivered when the use case's work is done: after its state is saved, inside its transaction. */
class UseCasesTest {
    private final InMemory memory = new InMemory();
    private final List<String> delivered = new ArrayList<>();
    private final AtomicReference<String> saved = new AtomicReference<>("nothing");
    private Consumer<Object> subscriber = event -> { };
    private final UseCases useCases = new UseCases(memory.transactions, memory.audit, event -> {
        delivered.add(event + " (saved: " + saved.get() + ")");
        subscriber.accept(event);
    }, Clock.systemUTC(), new Access(() -> new Actor("gm", "gm"), memory.roles));

    @Test
    void a_subscriber_sees_the_state_the_event_announces_even_when_it_is_saved_after_the_announcement() {
        useCases.run(() -> {
            useCases.publish("completed");
            saved.set("completed");
            return null;
        });
        assertThat(delivered).containsExactly("completed (saved: completed)");
    }

    @Test
    void a_refused_use_case_delivers_nothing() {
        assertThatThrownBy(() -> useCases.run(() -> {
            useCases.publish("completed");
            throw new Refusal("EST-04", "refused", "no");
        })).isInstanceOf(Refusal.class);
        assertThat(delivered).isEmpty();
    }

    @Test
    void nested_use_cases_deliver_with_the_outer_one_and_a_subscribers_use_case_delivers_its_own() {
        subscriber = event -> {
            if (event.equals("handover completed")) {
                useCases.run(() -> {
                    useCases.publish("key issued");
                    return null;
                });
            }
        };
        useCases.run(() -> {
            useCases.run(() -> {
                useCases.publish("occupancy changed");
                return null;
            });
            assertThat(delivered).isEmpty();
            useCases.publish("handover completed");
            saved.set("handover");
            return null;
        });
        assertThat(delivered).containsExactly("occupancy changed (saved: handover)", "handover completed (saved: handover)",
                "key issued (saved: handover)");
    }
}
