package io.steward.adapter.jpa;

import io.steward.ports.shared.out.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Versioned JSON documents of one kind in {@code aggregate_document}. */
final class Documents<S> {
    private final EntityManagerSource source;
    private final String kind;
    private final Class<S> type;
    private final java.util.Comparator<S> order;

    Documents(EntityManagerSource source, String kind, Class<S> type, java.util.Comparator<S> order) {
        this.source = source;
        this.kind = kind;
        this.type = type;
        this.order = order;
    }

    Optional<S> find(String id) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(DocumentRow.class, new DocumentRow.Key(kind, id)))
                .map(this::read));
    }

    /** The state record with the stored version: the document's JSON carries version 0, the column the truth. */
    private S read(DocumentRow row) {
        return JsonDocuments.read(row.body, type);
    }

    /**
     * Optimistic write: stores when the stored version equals {@code expected} (0 = new).
     *
     * @param withVersion the state to serialise, already carrying version {@code expected + 1}
     */
    void save(String id, String estateId, String ownerId, LocalDate reportDate, long expected, S withVersion) {
        source.withEntityManager(em -> {
            DocumentRow row = em.find(DocumentRow.class, new DocumentRow.Key(kind, id));
            Versioned.expect(kind, id, row == null ? 0 : row.version, expected);
            if (row == null) {
                row = new DocumentRow();
                row.kind = kind;
                row.id = id;
                row.estateId = estateId;
                fill(row, ownerId, reportDate, withVersion);
                em.persist(row);
            } else {
                fill(row, ownerId, reportDate, withVersion);
            }
            em.flush();
            return null;
        });
    }

    private void fill(DocumentRow row, String ownerId, LocalDate reportDate, S state) {
        row.ownerId = ownerId;
        row.reportDate = reportDate;
        row.body = JsonDocuments.write(state);
    }

    List<S> byOwner(String ownerId) {
        return source.withEntityManager(em -> em.createQuery(
                        "select d from DocumentRow d where d.kind = :kind and d.ownerId = :owner", DocumentRow.class)
                .setParameter("kind", kind).setParameter("owner", ownerId).getResultList().stream().map(this::read)
                .sorted(order).toList());
    }

    List<S> byEstate(String estateId, LocalDate from, LocalDate to) {
        return source.withEntityManager(em -> {
            var query = em.createQuery("select d from DocumentRow d where d.kind = :kind and d.estateId = :estate"
                    + (from == null ? "" : " and d.reportDate between :from and :to"), DocumentRow.class)
                    .setParameter("kind", kind).setParameter("estate", estateId);
            if (from != null) {
                query.setParameter("from", from).setParameter("to", to);
            }
            return query.getResultList().stream().map(this::read).sorted(order).toList();
        });
    }
}
