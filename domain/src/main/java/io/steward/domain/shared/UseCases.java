package io.steward.domain.shared;

import io.steward.ports.shared.Actor;
import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.out.AuditTrail;
import io.steward.ports.shared.out.EventPublisher;
import io.steward.ports.shared.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
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

    public UseCases(Transactions transactions, AuditTrail audit, EventPublisher events, Clock clock, Access access) {
        this.transactions = Objects.requireNonNull(transactions);
        this.audit = Objects.requireNonNull(audit);
        this.events = Objects.requireNonNull(events);
        this.clock = Objects.requireNonNull(clock);
        this.access = Objects.requireNonNull(access);
    }

    public <T> T run(Supplier<T> work) {
        return transactions.inTransaction(work);
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

    public void publish(Object event) {
        events.publish(event);
    }

    public AuditTrail auditTrail() {
        return audit;
    }
}
