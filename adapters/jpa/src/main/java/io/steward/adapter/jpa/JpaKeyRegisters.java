package io.steward.adapter.jpa;

import io.steward.ports.keys.out.Deputy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyRegisters;
import io.steward.ports.shared.out.Versioned;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * Key registers on JPA. {@link #nextNumber} reads the register row with a pessimistic write lock ({@code SELECT … FOR
 * UPDATE}), so concurrent registrations in one estate queue on that row: each takes the next number, and a rolled
 * back registration gives its number back with the lock (KEY-02: no gaps, no duplicates).
 */
public final class JpaKeyRegisters implements KeyRegisters {
    private final EntityManagerSource source;

    public JpaKeyRegisters(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public Optional<KeyRegisterState> find(EstateId estate) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(KeyRegisterRow.class, estate.toString()))
                .map(r -> state(em, r)));
    }

    private static KeyRegisterState state(jakarta.persistence.EntityManager em, KeyRegisterRow r) {
        // read as values: every key movement asks for the deputies, and nothing registered means nothing compared at commit
        List<Deputy> deputies = em.createQuery("select d.person, d.designatedBy, d.designatedAt from KeyDeputyRow d"
                        + " where d.estateId = :e order by d.designatedAt, d.person", Object[].class)
                .setParameter("e", r.estateId).getResultList().stream()
                .map(d -> new Deputy((String) d[0], (String) d[1], (java.time.Instant) d[2])).toList();
        return new KeyRegisterState(EstateId.parse(r.estateId), r.keyManager, r.designatedBy, r.designatedAt, deputies,
                r.lastNumber, r.version);
    }

    @Override
    public KeyRegisterState save(KeyRegisterState s) {
        return source.withEntityManager(em -> {
            KeyRegisterRow row = em.find(KeyRegisterRow.class, s.estate().toString());
            Versioned.expect("key register", s.estate(), row == null ? 0 : row.version, s.version());
            if (row == null) {
                row = new KeyRegisterRow();
                row.estateId = s.estate().toString();
                em.persist(row);
            } else {
                // a change of deputies alone changes no column of the row: its version moves anyway (optimistic write)
                em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            row.keyManager = s.keyManager();
            row.designatedBy = s.designatedBy();
            row.designatedAt = s.designatedAt();
            em.flush();
            Set<String> kept = new HashSet<>();
            for (Deputy d : s.deputies()) {
                kept.add(d.person());
                if (em.find(KeyDeputyRow.class, new KeyDeputyRow.Key(row.estateId, d.person())) == null) {
                    KeyDeputyRow deputy = new KeyDeputyRow();
                    deputy.estateId = row.estateId;
                    deputy.person = d.person();
                    deputy.designatedBy = d.designatedBy();
                    deputy.designatedAt = d.designatedAt();
                    em.persist(deputy);
                }
            }
            for (KeyDeputyRow d : em.createQuery("select d from KeyDeputyRow d where d.estateId = :e", KeyDeputyRow.class)
                    .setParameter("e", row.estateId).getResultList()) {
                if (!kept.contains(d.person)) {
                    em.remove(d);
                }
            }
            em.flush();
            return state(em, row);
        });
    }

    @Override
    public long nextNumber(EstateId estate) {
        return source.withEntityManager(em -> {
            KeyRegisterRow row = em.find(KeyRegisterRow.class, estate.toString(), LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                throw new NotFound("key register", estate);
            }
            row.lastNumber++;
            em.flush();
            return row.lastNumber;
        });
    }
}
