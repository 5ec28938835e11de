package io.steward.adapter.jpa;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.keys.out.Keys;
import io.steward.ports.shared.out.Versioned;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keys on JPA: a row per key with its state as JSON. Writes are optimistic on the row's version, so of two
 * concurrent movements of one key the second fails at its update (KEY-12); the unique (estate, number) constraint
 * backs the register's numbering.
 */
public final class JpaKeys implements Keys {
    private final EntityManagerSource source;

    public JpaKeys(EntityManagerSource source) {
        this.source = source;
    }

    private static KeyState state(KeyRow r) {
        return JsonDocuments.read(r.body, KeyState.class).withVersion(r.version);
    }

    @Override
    public Optional<KeyState> find(KeyId id) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(KeyRow.class, id.toString())).map(JpaKeys::state));
    }

    @Override
    public KeyState save(KeyState s) {
        return source.withEntityManager(em -> {
            KeyRow row = em.find(KeyRow.class, s.id().toString());
            Versioned.expect("key", s.id(), row == null ? 0 : row.version, s.version());
            if (row == null) {
                row = new KeyRow();
                row.id = s.id().toString();
                row.estateId = s.estate().toString();
                row.number = s.number();
                em.persist(row);
            }
            row.unitId = s.unit() == null ? null : s.unit().toString();
            row.status = s.status().name();
            row.dueAt = s.dueAt();
            row.body = JsonDocuments.write(s);
            em.flush();
            return s.withVersion(row.version);
        });
    }

    @Override
    public Page<KeyState> ofEstate(EstateId estate, KeyStatus status, PageRequest page) {
        return source.withEntityManager(em -> {
            String where = " from KeyRow k where k.estateId = :e" + (status == null ? "" : " and k.status = :s");
            var count = em.createQuery("select count(k)" + where, Long.class).setParameter("e", estate.toString());
            var rows = em.createQuery("select k" + where + " order by k.number", KeyRow.class).setParameter("e", estate.toString());
            if (status != null) {
                count.setParameter("s", status.name());
                rows.setParameter("s", status.name());
            }
            List<KeyState> items = rows.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(JpaKeys::state).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    @Override
    public List<KeyState> ofUnit(UnitId unit) {
        return source.withEntityManager(em -> em.createQuery("select k from KeyRow k where k.unitId = :u order by k.number",
                KeyRow.class).setParameter("u", unit.toString()).getResultList().stream().map(JpaKeys::state).toList());
    }

    @Override
    public List<KeyState> overdue(EstateId estate, Instant now) {
        List<String> out = java.util.Arrays.stream(KeyStatus.values()).filter(KeyStatus::isOut).map(Enum::name).toList();
        return source.withEntityManager(em -> em.createQuery("select k from KeyRow k where k.estateId = :e and k.status in :out"
                        + " and k.dueAt < :now order by k.dueAt, k.number", KeyRow.class)
                .setParameter("e", estate.toString()).setParameter("out", out).setParameter("now", now)
                .getResultList().stream().map(JpaKeys::state).toList());
    }
}
