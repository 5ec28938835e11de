package io.steward.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/** Gives repositories the entity manager of the current transaction (or a short-lived one for a read). */
@FunctionalInterface
public interface EntityManagerSource {
    <T> T withEntityManager(Function<EntityManager, T> work);
}
