package io.steward.adapter.jpa;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.emergency.out.IncidentState;
import io.steward.ports.emergency.out.Incidents;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.out.Versioned;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The incident log on JPA, a row per incident. */
public final class JpaIncidents implements Incidents {
    private final EntityManagerSource source;

    public JpaIncidents(EntityManagerSource source) {
        this.source = source;
    }

    private static IncidentState state(IncidentRow r) {
        return new IncidentState(IncidentId.parse(r.id), EstateId.parse(r.estateId), IncidentKind.valueOf(r.kind),
                r.unitId == null ? null : UnitId.parse(r.unitId), r.location, r.description, r.occurredAt, r.reportedBy,
                r.reportedAt, r.version);
    }

    @Override
    public Optional<IncidentState> find(IncidentId id) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(IncidentRow.class, id.toString())).map(JpaIncidents::state));
    }

    @Override
    public IncidentState save(IncidentState s) {
        return source.withEntityManager(em -> {
            IncidentRow row = em.find(IncidentRow.class, s.id().toString());
            Versioned.expect("incident", s.id(), row == null ? 0 : row.version, s.version());
            boolean fresh = row == null;
            if (fresh) {
                row = new IncidentRow();
                row.id = s.id().toString();
                row.estateId = s.estate().toString();
                row.reportedBy = s.reportedBy();
                row.reportedAt = s.reportedAt();
            }
            row.kind = s.kind().name();
            row.unitId = s.unit() == null ? null : s.unit().toString();
            row.location = s.location();
            row.description = s.description();
            row.occurredAt = s.occurredAt();
            if (fresh) {
                em.persist(row);
            }
            em.flush();
            return state(row);
        });
    }

    @Override
    public Page<IncidentState> ofEstate(EstateId estate, PageRequest page) {
        return source.withEntityManager(em -> {
            long total = em.createQuery("select count(i) from IncidentRow i where i.estateId = :e", Long.class)
                    .setParameter("e", estate.toString()).getSingleResult();
            List<IncidentState> items = em.createQuery("select i from IncidentRow i where i.estateId = :e"
                            + " order by i.reportedAt desc, i.id", IncidentRow.class)
                    .setParameter("e", estate.toString()).setFirstResult((int) page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(JpaIncidents::state).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
