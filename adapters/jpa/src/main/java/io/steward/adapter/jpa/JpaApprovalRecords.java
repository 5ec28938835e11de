package io.steward.adapter.jpa;

import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.out.Versioned;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.out.ApprovalRecords;
import io.steward.ports.shared.out.ApprovalState;
import java.util.List;
import java.util.Optional;

/** Approvals on JPA, one row each, written optimistically on the row's version. */
public final class JpaApprovalRecords implements ApprovalRecords {
    private final EntityManagerSource source;

    public JpaApprovalRecords(EntityManagerSource source) {
        this.source = source;
    }

    private static ApprovalState state(ApprovalRow r) {
        return new ApprovalState(ApprovalId.parse(r.id), EstateId.parse(r.estateId), r.purpose, r.subject, r.detail, r.reason,
                r.requestedBy, r.requestedAt, ApprovalStatus.valueOf(r.status), r.decidedBy,
                r.decidedAs == null ? null : Role.valueOf(r.decidedAs), r.decidedAt, r.decisionNote, r.expiresAt, r.consumedBy,
                r.consumedAt, r.actedFirst, r.version);
    }

    @Override
    public Optional<ApprovalState> find(ApprovalId id) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(ApprovalRow.class, id.toString())).map(JpaApprovalRecords::state));
    }

    @Override
    public ApprovalState save(ApprovalState s) {
        return source.withEntityManager(em -> {
            ApprovalRow row = em.find(ApprovalRow.class, s.id().toString());
            Versioned.expect("approval", s.id(), row == null ? 0 : row.version, s.version());
            boolean fresh = row == null;
            if (fresh) {
                row = new ApprovalRow();
                row.id = s.id().toString();
                row.estateId = s.estate().toString();
                row.purpose = s.purpose();
                row.subject = s.subject();
                row.detail = s.detail();
                row.reason = s.reason();
                row.requestedBy = s.requestedBy();
                row.requestedAt = s.requestedAt();
                row.actedFirst = s.actedFirst();
            }
            row.status = s.status().name();
            row.decidedBy = s.decidedBy();
            row.decidedAs = s.decidedAs() == null ? null : s.decidedAs().name();
            row.decidedAt = s.decidedAt();
            row.decisionNote = s.decisionNote();
            row.expiresAt = s.expiresAt();
            row.consumedBy = s.consumedBy();
            row.consumedAt = s.consumedAt();
            if (fresh) {
                em.persist(row);
            }
            em.flush();
            return state(row);
        });
    }

    @Override
    public Page<ApprovalState> ofEstate(EstateId estate, ApprovalStatus status, PageRequest page) {
        return source.withEntityManager(em -> {
            String where = " from ApprovalRow a where a.estateId = :e" + (status == null ? "" : " and a.status = :s");
            var count = em.createQuery("select count(a)" + where, Long.class).setParameter("e", estate.toString());
            var rows = em.createQuery("select a" + where + " order by a.requestedAt desc, a.id", ApprovalRow.class)
                    .setParameter("e", estate.toString());
            if (status != null) {
                count.setParameter("s", status.name());
                rows.setParameter("s", status.name());
            }
            List<ApprovalState> items = rows.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(JpaApprovalRecords::state).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    @Override
    public List<ApprovalState> about(EstateId estate, String subject) {
        return source.withEntityManager(em -> em.createQuery("select a from ApprovalRow a where a.estateId = :e and a.subject = :s"
                        + " order by a.requestedAt, a.id", ApprovalRow.class)
                .setParameter("e", estate.toString()).setParameter("s", subject).getResultList().stream()
                .map(JpaApprovalRecords::state).toList());
    }
}
