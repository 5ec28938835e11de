package io.steward.adapter.jpa;

import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyMovements;
import java.util.List;

/** Key histories on JPA: insert-only; the primary key (key, seq) refuses a second movement with the same number. */
public final class JpaKeyMovements implements KeyMovements {
    private final EntityManagerSource source;

    public JpaKeyMovements(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public void append(KeyMovement m) {
        source.withEntityManager(em -> {
            KeyMovementRow r = new KeyMovementRow();
            r.keyId = m.key().toString();
            r.seq = m.seq();
            r.estateId = m.estate().toString();
            r.kind = m.kind().name();
            r.at = m.at();
            r.body = JsonDocuments.write(m);
            em.persist(r);
            em.flush();
            return null;
        });
    }

    @Override
    public List<KeyMovement> ofKey(KeyId key) {
        return source.withEntityManager(em -> em.createQuery("select m from KeyMovementRow m where m.keyId = :k order by m.seq",
                        KeyMovementRow.class).setParameter("k", key.toString()).getResultList().stream()
                .map(r -> JsonDocuments.read(r.body, KeyMovement.class)).toList());
    }
}
