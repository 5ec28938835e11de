package io.steward.adapter.jpa;

import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.FeeLedger;
import io.steward.ports.estate.out.FeeTotals;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fee accounts on JPA: insert-only lines ({@code fee_entry}; a line is concerned at most once, by the unique
 * constraint on {@code reverses}) and each unit's running totals ({@code fee_balance}), updated by the same transaction
 * that appends, and held by {@link #lockTotals} for a write that checks them first.
 */
public final class JpaFeeLedger implements FeeLedger {
    private final EntityManagerSource source;

    public JpaFeeLedger(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public void append(List<FeeEntry> entries) {
        source.withEntityManager(em -> {
            Map<String, List<FeeEntry>> byUnit = new LinkedHashMap<>();
            for (FeeEntry e : entries) {
                FeeEntryRow r = new FeeEntryRow();
                r.id = e.id().toString();
                r.estateId = e.estate().toString();
                r.unitId = e.unit().toString();
                r.kind = e.kind().name();
                r.item = e.item();
                r.amountFen = e.amount().value();
                r.periodFrom = e.periodFrom();
                r.periodTo = e.periodTo();
                r.reverses = e.reverses() == null ? null : e.reverses().toString();
                r.reference = e.reference();
                r.actor = e.actor();
                r.at = e.at();
                em.persist(r);
                byUnit.computeIfAbsent(r.unitId, u -> new ArrayList<>()).add(e);
            }
            byUnit.forEach((unit, lines) -> {
                FeeBalanceRow b = em.find(FeeBalanceRow.class, unit);
                FeeTotals next = (b == null ? FeeTotals.NONE : totals(b)).plus(lines);
                if (b == null) {
                    b = new FeeBalanceRow();
                    b.unitId = unit;
                    write(next, b);
                    em.persist(b);
                } else {
                    write(next, b);
                }
            });
            em.flush();
            return null;
        });
    }

    @Override
    public FeeTotals totals(UnitId unit) {
        return source.withEntityManager(em -> totals(em.find(FeeBalanceRow.class, unit.toString())));
    }

    @Override
    public FeeTotals lockTotals(UnitId unit) {
        return source.withEntityManager(em -> totals(em.find(FeeBalanceRow.class, unit.toString(),
                LockModeType.PESSIMISTIC_WRITE)));
    }

    private static FeeTotals totals(FeeBalanceRow b) {
        if (b == null) {
            return FeeTotals.NONE;
        }
        Map<FeeEntryKind, Long> sums = new EnumMap<>(FeeEntryKind.class);
        sums.put(FeeEntryKind.CHARGE, b.charge);
        sums.put(FeeEntryKind.PAYMENT, b.payment);
        sums.put(FeeEntryKind.CHARGE_REVERSAL, b.chargeReversal);
        sums.put(FeeEntryKind.PAYMENT_REVERSAL, b.paymentReversal);
        sums.put(FeeEntryKind.CREDIT, b.credit);
        sums.put(FeeEntryKind.REFUND_DUE, b.refundDue);
        sums.put(FeeEntryKind.REFUND_PAID, b.refundPaid);
        return new FeeTotals(sums, b.lineCount);
    }

    private static void write(FeeTotals t, FeeBalanceRow b) {
        b.charge = t.sum(FeeEntryKind.CHARGE);
        b.payment = t.sum(FeeEntryKind.PAYMENT);
        b.chargeReversal = t.sum(FeeEntryKind.CHARGE_REVERSAL);
        b.paymentReversal = t.sum(FeeEntryKind.PAYMENT_REVERSAL);
        b.credit = t.sum(FeeEntryKind.CREDIT);
        b.refundDue = t.sum(FeeEntryKind.REFUND_DUE);
        b.refundPaid = t.sum(FeeEntryKind.REFUND_PAID);
        b.lineCount = t.lines();
    }

    @Override
    public Optional<FeeEntry> find(UUID line) {
        return source.withEntityManager(em -> em.createQuery("select f from FeeEntryRow f where f.id = :id", FeeEntryRow.class)
                .setParameter("id", line.toString()).getResultStream().findFirst().map(JpaFeeLedger::entry));
    }

    @Override
    public boolean concerned(UUID line) {
        return source.withEntityManager(em -> !em.createQuery("select f.seq from FeeEntryRow f where f.reverses = :id",
                Long.class).setParameter("id", line.toString()).setMaxResults(1).getResultList().isEmpty());
    }

    @Override
    public List<FeeEntry> recent(UnitId unit, int max) {
        return source.withEntityManager(em -> {
            // ordered as the index (unit_id, seq) runs, backwards: the database reads the latest rows off the index
            // instead of sorting the whole account (H2 sorts when only seq is named)
            List<FeeEntry> latest = new ArrayList<>(em.createQuery(
                            "select f from FeeEntryRow f where f.unitId = :u order by f.unitId desc, f.seq desc", FeeEntryRow.class)
                    .setParameter("u", unit.toString()).setMaxResults(max).getResultList().stream()
                    .map(JpaFeeLedger::entry).toList());
            Collections.reverse(latest);
            return latest;
        });
    }

    @Override
    public Page<FeeEntry> ofUnit(UnitId unit, PageRequest page) {
        return source.withEntityManager(em -> {
            long total = lines(em, unit);
            List<FeeEntry> items = em.createQuery("select f from FeeEntryRow f where f.unitId = :u order by f.seq",
                            FeeEntryRow.class).setParameter("u", unit.toString())
                    .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page.page() * page.size()))
                    .setMaxResults(page.size()).getResultList().stream().map(JpaFeeLedger::entry).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static long lines(EntityManager em, UnitId unit) {
        FeeBalanceRow b = em.find(FeeBalanceRow.class, unit.toString());
        return b == null ? 0 : b.lineCount;
    }

    @Override
    public List<FeeEntry> openCharges(UnitId unit, LocalDate coveringFrom) {
        return source.withEntityManager(em -> {
            var query = em.createQuery("select f from FeeEntryRow f where f.unitId = :u and f.kind = 'CHARGE'"
                    + (coveringFrom == null ? "" : " and f.periodTo >= :from")
                    + " and not exists (select r.seq from FeeEntryRow r where r.reverses = f.id) order by f.seq",
                    FeeEntryRow.class).setParameter("u", unit.toString());
            if (coveringFrom != null) {
                query.setParameter("from", coveringFrom);
            }
            return query.getResultList().stream().map(JpaFeeLedger::entry).toList();
        });
    }

    private static FeeEntry entry(FeeEntryRow r) {
        return new FeeEntry(UUID.fromString(r.id), EstateId.parse(r.estateId), UnitId.parse(r.unitId),
                FeeEntryKind.valueOf(r.kind), r.item, Fen.of(r.amountFen), r.periodFrom, r.periodTo,
                r.reverses == null ? null : UUID.fromString(r.reverses), r.reference, r.actor, r.at);
    }
}
