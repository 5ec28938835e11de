package io.steward.app;

import io.steward.adapter.jpa.EntityManagerSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/** The JPA adapter's entity managers: the container's, joined to the current JTA transaction. */
@ApplicationScoped
public class ContainerEntityManagers implements EntityManagerSource {
    @PersistenceContext(unitName = "steward")
    private EntityManager em;

    @Override
    public <T> T withEntityManager(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
