package io.steward.adapter.jpa;

import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.OccupancyHistory;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;

/** EST-02 history on JPA: insert-only. */
public final class JpaOccupancyHistory implements OccupancyHistory {
    private final EntityManagerSource source;

    public JpaOccupancyHistory(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public void append(List<OccupancyChange> changes) {
        source.withEntityManager(em -> {
            List<OccupancyChangeRow> rows = new java.util.ArrayList<>(changes.size());
            for (OccupancyChange c : changes) {
                OccupancyChangeRow r = new OccupancyChangeRow();
                r.unitId = c.unit().toString();
                r.estateId = c.estate().toString();
                r.from = c.from() == null ? null : c.from().name();
                r.to = c.to().name();
                r.cause = c.cause().name();
                r.reference = c.reference();
                r.actor = c.actor();
                r.at = c.at();
                rows.add(r);
            }
            Batches.persistAll(em, rows);
            return null;
        });
    }

    @Override
    public Page<OccupancyChange> ofUnit(UnitId unit, PageRequest page) {
        return source.withEntityManager(em -> {
            long total = em.createQuery("select count(c) from OccupancyChangeRow c where c.unitId = :u", Long.class)
                    .setParameter("u", unit.toString()).getSingleResult();
            List<OccupancyChange> items = em.createQuery("select c from OccupancyChangeRow c where c.unitId = :u order by c.seq desc",
                            OccupancyChangeRow.class).setParameter("u", unit.toString())
                    .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(JpaOccupancyHistory::change).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public List<OccupancyChange> ofEstate(EstateId estate, java.time.Instant from, java.time.Instant to) {
        return source.withEntityManager(em -> em.createQuery("select c from OccupancyChangeRow c where c.estateId = :e"
                        + " and c.at >= :from and c.at < :to order by c.seq", OccupancyChangeRow.class)
                .setParameter("e", estate.toString()).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(JpaOccupancyHistory::change).toList());
    }

    private static OccupancyChange change(OccupancyChangeRow r) {
        return new OccupancyChange(UnitId.parse(r.unitId), EstateId.parse(r.estateId),
                r.from == null ? null : Occupancy.valueOf(r.from), Occupancy.valueOf(r.to), OccupancyCause.valueOf(r.cause),
                r.reference, r.actor, r.at);
    }
}
