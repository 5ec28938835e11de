package io.steward.app;

import io.steward.ports.shared.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Where a JTA transaction begins, or is joined. A refusal is an answer, not a failure: it marks the transaction for
 * rollback and leaves the boundary as a value, so the container does not record an incident (FFDC) for every "no"
 * a business rule says. Anything else propagates and rolls back.
 */
@Dependent
public class TransactionBoundary {
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    /** The result of a unit of work: a value, or the refusal that rolled it back. */
    public record Outcome<T>(T value, Refusal refusal) {
        T get() {
            if (refusal != null) {
                throw refusal;
            }
            return value;
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public <T> Outcome<T> required(Supplier<T> work) {
        try {
            return new Outcome<>(work.get(), null);
        } catch (Refusal refusal) {
            registry().setRollbackOnly();
            return new Outcome<>(null, refusal);
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return InitialContext.doLookup(REGISTRY);
        } catch (NamingException e) {
            throw new IllegalStateException("no JTA synchronization registry at " + REGISTRY, e);
        }
    }
}
