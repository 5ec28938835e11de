package io.steward.adapter.jpa;

import io.steward.ports.shared.StoreConflict;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.estate.out.Estates;
import io.steward.ports.shared.out.Versioned;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Estates on JPA; fee schedule and policy as a JSON body. */
public final class JpaEstates implements Estates {
    /** The JSON body of an estate row; immutable, so that one parsed body serves every reader of it. */
    public record Body(List<FeeItem> fees, EstatePolicy policy) {
        public Body {
            fees = fees == null ? null : List.copyOf(fees);
        }
    }

    private final EntityManagerSource source;

    public JpaEstates(EntityManagerSource source) {
        this.source = source;
    }

    private static EstateState state(EstateRow r) {
        Body body = JsonDocuments.readShared(r.body, Body.class);
        return new EstateState(EstateId.parse(r.id), r.code, r.name, r.zone, body.fees(), body.policy(), r.version);
    }

    @Override
    public Optional<EstateState> find(EstateId id) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(EstateRow.class, id.toString())).map(JpaEstates::state));
    }

    @Override
    public Optional<EstateState> findByCode(String code) {
        return source.withEntityManager(em -> em.createQuery("select e from EstateRow e where e.code = :code", EstateRow.class)
                .setParameter("code", code).getResultStream().findFirst().map(JpaEstates::state));
    }

    @Override
    public EstateState save(EstateState s) {
        return source.withEntityManager(em -> {
            boolean taken = !em.createQuery("select e.id from EstateRow e where e.code = :code and e.id <> :id", String.class)
                    .setParameter("code", s.code()).setParameter("id", s.id().toString()).getResultList().isEmpty();
            if (taken) {
                throw StoreConflict.duplicate("estate code", s.code());
            }
            EstateRow row = em.find(EstateRow.class, s.id().toString());
            Versioned.expect("estate", s.id(), row == null ? 0 : row.version, s.version());
            boolean fresh = row == null;
            if (fresh) {
                row = new EstateRow();
                row.id = s.id().toString();
            }
            row.code = s.code();
            row.name = s.name();
            row.zone = s.zone();
            row.body = JsonDocuments.write(new Body(s.fees(), s.policy()));
            if (fresh) {
                em.persist(row);
            }
            em.flush();
            return s.withVersion(row.version);
        });
    }

    @Override
    public Page<EstateState> list(PageRequest page) {
        return source.withEntityManager(em -> {
            long total = em.createQuery("select count(e) from EstateRow e", Long.class).getSingleResult();
            List<EstateState> items = em.createQuery("select e from EstateRow e order by e.code", EstateRow.class)
                    .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList().stream().map(JpaEstates::state).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
