package io.steward.adapter.jpa;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.deposits.out.Deposits;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.out.Versioned;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Deposits on JPA: a row per deposit, optimistic on its version. */
public final class JpaDeposits implements Deposits {
    private final EntityManagerSource source;

    public JpaDeposits(EntityManagerSource source) {
        this.source = source;
    }

    private static DepositState state(DepositRow r) {
        return new DepositState(DepositId.parse(r.id), EstateId.parse(r.estateId), UnitId.parse(r.unitId),
                DepositPurpose.valueOf(r.purpose), r.subject, HolderKind.valueOf(r.holderKind), r.holderName, r.holderPhone,
                Fen.of(r.amountFen), DepositStatus.valueOf(r.status), r.collectedBy, r.collectedAt, r.version);
    }

    @Override
    public Optional<DepositState> find(DepositId id) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(DepositRow.class, id.toString()))
                .map(JpaDeposits::state));
    }

    /** The ids as a table of values joined with the primary key, a slice at a time ({@link CodeTable}). */
    @Override
    public java.util.Map<DepositId, DepositState> findAll(java.util.Collection<DepositId> ids) {
        List<String> all = ids.stream().map(DepositId::toString).distinct().toList();
        java.util.Map<DepositId, DepositState> found = new java.util.HashMap<>();
        source.withEntityManager(em -> {
            for (int from = 0; from < all.size(); from += CodeTable.SLICE) {
                List<String> slice = all.subList(from, Math.min(all.size(), from + CodeTable.SLICE));
                var query = em.createNativeQuery("SELECT d.* FROM deposit d JOIN " + CodeTable.values(slice.size(), 1, "v")
                        + " ON d.id = v.code", DepositRow.class);
                for (Object row : CodeTable.bind(query, slice, 1).getResultList()) {
                    DepositState s = state((DepositRow) row);
                    found.put(s.id(), s);
                }
            }
            return null;
        });
        return found;
    }

    /** {@code SELECT … FOR UPDATE}, refreshing a row this transaction read before, so the answer is the stored one. */
    @Override
    public Optional<DepositState> lock(DepositId id) {
        return source.withEntityManager(em -> {
            DepositRow row = em.find(DepositRow.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
            if (row != null) {
                em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
            }
            return Optional.ofNullable(row).map(JpaDeposits::state);
        });
    }

    @Override
    public DepositState save(DepositState s) {
        return source.withEntityManager(em -> {
            DepositRow row = em.find(DepositRow.class, s.id().toString());
            Versioned.expect("deposit", s.id(), row == null ? 0 : row.version, s.version());
            if (row == null) {
                row = new DepositRow();
                row.id = s.id().toString();
                row.estateId = s.estate().toString();
                row.unitId = s.unit().toString();
                row.purpose = s.purpose().name();
                row.collectedBy = s.collectedBy();
                row.collectedAt = s.collectedAt();
                row.amountFen = s.amount().value();
                em.persist(row);
            }
            row.subject = s.subject();
            row.holderKind = s.holderKind().name();
            row.holderName = s.holderName();
            row.holderPhone = s.holderPhone();
            row.status = s.status().name();
            em.flush();
            return s.withVersion(row.version);
        });
    }

    @Override
    public Page<DepositState> ofEstate(EstateId estate, DepositStatus status, PageRequest page) {
        return source.withEntityManager(em -> {
            String where = " where d.estateId = :e" + (status == null ? "" : " and d.status = :s");
            var count = em.createQuery("select count(d) from DepositRow d" + where, Long.class).setParameter("e", estate.toString());
            var rows = em.createQuery("select d from DepositRow d" + where + " order by d.collectedAt, d.id", DepositRow.class)
                    .setParameter("e", estate.toString());
            if (status != null) {
                count.setParameter("s", status.name());
                rows.setParameter("s", status.name());
            }
            List<DepositState> items = rows.setFirstResult((int) Math.min(Integer.MAX_VALUE, page.offset()))
                    .setMaxResults(page.size()).getResultList().stream().map(JpaDeposits::state).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    @Override
    public List<DepositState> ofUnit(UnitId unit) {
        return source.withEntityManager(em -> em.createQuery("select d from DepositRow d where d.unitId = :u"
                + " order by d.collectedAt, d.id", DepositRow.class).setParameter("u", unit.toString()).getResultList()
                .stream().map(JpaDeposits::state).toList());
    }
}
