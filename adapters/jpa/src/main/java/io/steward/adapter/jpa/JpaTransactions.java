package io.steward.adapter.jpa;

import io.steward.ports.shared.out.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * RESOURCE_LOCAL transactions: one entity manager per unit of work, bound to the thread; nested calls join.
 * A failure rolls everything back and surfaces as the ports' refusal where it is one.
 */
public final class JpaTransactions implements Transactions, EntityManagerSource {
    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw Failures.translate(e);
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public <T> T withEntityManager(Function<EntityManager, T> work) {
        EntityManager em = current.get();
        if (em != null) {
            return work.apply(em);
        }
        return inTransaction(() -> work.apply(current.get()));
    }
}
