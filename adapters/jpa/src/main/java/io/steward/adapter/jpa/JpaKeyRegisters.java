package io.steward.adapter.jpa;

import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyRegisters;
import io.steward.ports.shared.ConcurrentUpdate;
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
                .map(r -> new KeyRegisterState(EstateId.parse(r.estateId), r.keyManager, r.designatedBy, r.designatedAt,
                        r.lastNumber, r.version)));
    }

    @Override
    public void save(KeyRegisterState s) {
        source.withEntityManager(em -> {
            KeyRegisterRow row = em.find(KeyRegisterRow.class, s.estate().toString());
            long stored = row == null ? 0 : row.version;
            if (stored != s.version()) {
                throw new ConcurrentUpdate("key register", s.estate(), s.version());
            }
            if (row == null) {
                row = new KeyRegisterRow();
                row.estateId = s.estate().toString();
                em.persist(row);
            }
            row.keyManager = s.keyManager();
            row.designatedBy = s.designatedBy();
            row.designatedAt = s.designatedAt();
            em.flush();
            return null;
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
