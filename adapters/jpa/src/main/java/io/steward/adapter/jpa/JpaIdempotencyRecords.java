package io.steward.adapter.jpa;

import io.steward.ports.shared.out.IdempotencyRecords;
import io.steward.ports.shared.out.Transactions;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency records on JPA. Each call is its own transaction (a claim must be visible to a concurrent request
 * before the use case it guards commits); the primary key makes a claim atomic.
 */
public final class JpaIdempotencyRecords implements IdempotencyRecords {
    private final Transactions transactions;
    private final EntityManagerSource source;

    public JpaIdempotencyRecords(Transactions transactions, EntityManagerSource source) {
        this.transactions = transactions;
        this.source = source;
    }

    private static Entry entry(IdempotencyRow r) {
        return new Entry(r.scope, r.key, r.requestHash, r.status, r.contentType, r.body, r.location, r.createdAt);
    }

    @Override
    public Optional<Entry> find(String scope, String key) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(IdempotencyRow.class, new IdempotencyRow.Key(scope, key)))
                .map(JpaIdempotencyRecords::entry));
    }

    @Override
    public boolean claim(String scope, String key, String requestHash, Instant at) {
        try {
            return transactions.inTransaction(() -> source.withEntityManager(em -> {
                if (em.find(IdempotencyRow.class, new IdempotencyRow.Key(scope, key)) != null) {
                    return false;
                }
                IdempotencyRow r = new IdempotencyRow();
                r.scope = scope;
                r.key = key;
                r.requestHash = requestHash;
                r.createdAt = at;
                em.persist(r);
                em.flush();
                return true;
            }));
        } catch (io.steward.ports.shared.Conflict raced) {
            return false;
        }
    }

    @Override
    public void complete(String scope, String key, int status, String contentType, String body, String location) {
        transactions.inTransaction(() -> source.withEntityManager(em -> {
            IdempotencyRow r = em.find(IdempotencyRow.class, new IdempotencyRow.Key(scope, key));
            if (r != null) {
                r.status = status;
                r.contentType = contentType;
                r.body = body;
                r.location = location;
            }
            return null;
        }));
    }

    @Override
    public void release(String scope, String key) {
        transactions.inTransaction(() -> source.withEntityManager(em -> {
            IdempotencyRow r = em.find(IdempotencyRow.class, new IdempotencyRow.Key(scope, key));
            if (r != null) {
                em.remove(r);
            }
            return null;
        }));
    }
}
