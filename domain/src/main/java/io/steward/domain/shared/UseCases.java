package io.steward.domain.shared;

import io.steward.ports.shared.Actor;
import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.out.AuditTrail;
import io.steward.ports.shared.out.EventPublisher;
import io.steward.ports.shared.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The frame every use case runs in: one transaction around load, rule, save, audit and events, so a refusal or a
 * failure leaves nothing half-written; time from the injected clock.
 */
public final class UseCases {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final EventPublisher events;
    private final Clock clock;
    private final Access access;
    private final ThreadLocal<List<Object>> pending = new ThreadLocal<>();
    private final List<Reaction> reactions = new CopyOnWriteArrayList<>();

    /** A policy of another context that follows an event, inside the transaction that published it. */
    private record Reaction(Class<?> type, Consumer<Object> react) {
    }

    public UseCases(Transactions transactions, AuditTrail audit, EventPublisher events, Clock clock, Access access) {
        this.transactions = Objects.requireNonNull(transactions);
        this.audit = Objects.requireNonNull(audit);
        this.events = Objects.requireNonNull(events);
        this.clock = Objects.requireNonNull(clock);
        this.access = Objects.requireNonNull(access);
    }

    /**
     * Runs one use case as a unit of work. The events it publishes are delivered once its work has returned — after
     * every state it announces is saved — and still inside the transaction, so a synchronous subscriber sees the
     * saved state and commits or rolls back with it; a refused use case delivers none. A use case run by another's
     * work joins it; one run by a subscriber during delivery is a unit of its own within the same transaction.
     */
    public <T> T run(Supplier<T> work) {
        if (pending.get() != null) {
            return transactions.inTransaction(work);
        }
        return transactions.inTransaction(() -> {
            List<Object> announced = new ArrayList<>();
            pending.set(announced);
            T result;
            try {
                result = work.get();
            } finally {
                pending.remove();
            }
            announced.forEach(this::deliver);
            return result;
        });
    }

    /**
     * Registers a reaction to events of {@code type}: it runs after the event reached the {@link EventPublisher},
     * synchronously, inside the publishing transaction and as the system ({@link Access#asSystem}), so the two contexts
     * commit or fail together and the reaction's rules apply whoever caused the event. The domain assembly registers
     * the cross-context policies this way.
     */
    public <E> void react(Class<E> type, Consumer<? super E> reaction) {
        reactions.add(new Reaction(type, event -> reaction.accept(type.cast(event))));
    }

    private void deliver(Object event) {
        events.publish(event);
        for (Reaction r : reactions) {
            if (r.type().isInstance(event)) {
                access.asSystem(() -> {
                    r.react().accept(event);
                    return null;
                });
            }
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    public Access access() {
        return access;
    }

    /** Writes the audit record of a mutating use case; called inside {@link #run}. */
    public void audit(Actor actor, EstateId estate, String action, String objectType, Object objectId, String detail) {
        audit.append(new AuditRecord(actor.id(), estate, action, objectType, String.valueOf(objectId), now(), detail));
    }

    /** Announces an event of the running use case; delivered when its work is done (see {@link #run}). */
    public void publish(Object event) {
        List<Object> announced = pending.get();
        if (announced == null) {
            deliver(event);
        } else {
            announced.add(event);
        }
    }

    public AuditTrail auditTrail() {
        return audit;
    }
}
