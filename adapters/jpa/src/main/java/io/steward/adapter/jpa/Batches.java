package io.steward.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Bulk inserts: persist in chunks, flushing and clearing so a 20 000-row import keeps memory flat. */
final class Batches {
    static final int CHUNK = 1000;

    private Batches() {
    }

    static void persistAll(EntityManager em, List<?> rows) {
        int n = 0;
        for (Object row : rows) {
            em.persist(row);
            if (++n % CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }
}
