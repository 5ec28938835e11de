package io.steward.adapter.jpa;

import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.out.AuditTrail;
import java.util.List;

/** The audit trail on JPA: insert-only, read newest first. */
public final class JpaAuditTrail implements AuditTrail {
    private final EntityManagerSource source;

    public JpaAuditTrail(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public void append(AuditRecord a) {
        source.withEntityManager(em -> {
            AuditRow r = new AuditRow();
            r.actor = a.actor();
            r.estateId = a.estate() == null ? null : a.estate().toString();
            r.action = a.action();
            r.objectType = a.objectType();
            r.objectId = a.objectId();
            r.at = a.at();
            r.detail = a.detail().length() > 1000 ? a.detail().substring(0, 1000) : a.detail();
            em.persist(r);
            return null;
        });
    }

    private Page<AuditRecord> page(String where, String p1, String v1, String p2, String v2, PageRequest page) {
        return source.withEntityManager(em -> {
            var count = em.createQuery("select count(a) from AuditRow a where " + where, Long.class).setParameter(p1, v1);
            var rows = em.createQuery("select a from AuditRow a where " + where + " order by a.seq desc", AuditRow.class).setParameter(p1, v1);
            if (p2 != null) {
                count.setParameter(p2, v2);
                rows.setParameter(p2, v2);
            }
            List<AuditRecord> items = rows.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(r -> new AuditRecord(r.actor, r.estateId == null ? null : EstateId.parse(r.estateId), r.action, r.objectType,
                            r.objectId, r.at, r.detail)).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    @Override
    public Page<AuditRecord> ofEstate(EstateId estate, PageRequest page) {
        return page("a.estateId = :e", "e", estate.toString(), null, null, page);
    }

    @Override
    public Page<AuditRecord> ofObject(String objectType, String objectId, PageRequest page) {
        return page("a.objectType = :t and a.objectId = :i", "t", objectType, "i", objectId, page);
    }
}
