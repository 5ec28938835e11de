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
import jakarta.persistence.Query;
import java.time.Instant;
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

    /** The kinds whose sums {@code fee_balance} keeps, in the order of its columns in {@link #BALANCE}. */
    private static final List<FeeEntryKind> TOTALS = List.of(FeeEntryKind.CHARGE, FeeEntryKind.PAYMENT,
            FeeEntryKind.CHARGE_REVERSAL, FeeEntryKind.PAYMENT_REVERSAL, FeeEntryKind.CREDIT, FeeEntryKind.REFUND_DUE,
            FeeEntryKind.REFUND_PAID);
    private static final String BALANCE = "SELECT charge, payment, charge_reversal, payment_reversal, credit, refund_due,"
            + " refund_paid, line_count FROM fee_balance WHERE unit_id = ?";

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
            em.flush();
            // the totals move by what was appended, in the same statement that writes them: exact whoever else
            // appends to the account at the same time (a write that checks them first holds the row: lockTotals)
            byUnit.forEach((unit, lines) -> {
                FeeTotals added = FeeTotals.NONE.plus(lines);
                if (add(em, unit, added, "UPDATE fee_balance SET charge = charge + ?1, payment = payment + ?2,"
                        + " charge_reversal = charge_reversal + ?3, payment_reversal = payment_reversal + ?4,"
                        + " credit = credit + ?5, refund_due = refund_due + ?6, refund_paid = refund_paid + ?7,"
                        + " line_count = line_count + ?8 WHERE unit_id = ?9") == 0) {
                    add(em, unit, added, "INSERT INTO fee_balance (charge, payment, charge_reversal, payment_reversal, credit,"
                            + " refund_due, refund_paid, line_count, unit_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
                }
            });
            return null;
        });
    }

    private static int add(EntityManager em, String unit, FeeTotals added, String sql) {
        Query q = em.createNativeQuery(sql);
        for (int k = 0; k < TOTALS.size(); k++) {
            q.setParameter(k + 1, added.sum(TOTALS.get(k)));
        }
        return q.setParameter(8, added.lines()).setParameter(9, unit).executeUpdate();
    }

    @Override
    public FeeTotals totals(UnitId unit) {
        return source.withEntityManager(em -> totals(em, unit, ""));
    }

    @Override
    public FeeTotals lockTotals(UnitId unit) {
        return source.withEntityManager(em -> totals(em, unit, " FOR UPDATE"));
    }

    /**
     * The unit's totals as the database holds them (never a cached copy: they move with every line appended), read
     * in SQL, so that the read costs the statement and nothing else.
     */
    private static FeeTotals totals(EntityManager em, UnitId unit, String lock) {
        List<?> rows = em.createNativeQuery(BALANCE + lock).setParameter(1, unit.toString()).getResultList();
        if (rows.isEmpty()) {
            return FeeTotals.NONE;
        }
        Object[] b = (Object[]) rows.get(0);
        Map<FeeEntryKind, Long> sums = new EnumMap<>(FeeEntryKind.class);
        for (int k = 0; k < TOTALS.size(); k++) {
            sums.put(TOTALS.get(k), ((Number) b[k]).longValue());
        }
        return new FeeTotals(sums, ((Number) b[TOTALS.size()]).longValue());
    }

    /**
     * The columns of a line, read as values: lines never change, so a read registers nothing with the persistence
     * context (no copy to keep, nothing to compare at commit); {@link #entry(Object[])} maps a row of them.
     */
    private static final String LINE = "select f.id, f.estateId, f.unitId, f.kind, f.item, f.amountFen, f.periodFrom,"
            + " f.periodTo, f.reverses, f.reference, f.actor, f.at from FeeEntryRow f";

    @Override
    public Optional<FeeEntry> find(UUID line) {
        return source.withEntityManager(em -> em.createQuery(LINE + " where f.id = :id", Object[].class)
                .setParameter("id", line.toString()).getResultStream().findFirst().map(JpaFeeLedger::entry));
    }

    @Override
    public boolean concerned(UUID line) {
        return source.withEntityManager(em -> !em.createQuery("select f.seq from FeeEntryRow f where f.reverses = :id",
                Long.class).setParameter("id", line.toString()).setMaxResults(1).getResultList().isEmpty());
    }

    /**
     * The latest lines, in SQL: every write answers them, and a query with a row limit in JPQL is prepared afresh by
     * the provider at each execution. Ordered as the index (unit_id, seq) runs, backwards: the database reads the
     * latest rows off the index instead of sorting the whole account (H2 sorts when only seq is named).
     */
    @Override
    public List<FeeEntry> recent(UnitId unit, int max) {
        return source.withEntityManager(em -> {
            List<?> rows = em.createNativeQuery("SELECT id, estate_id, unit_id, kind, item, amount_fen, period_from, period_to,"
                            + " reverses, reference, actor, at FROM fee_entry WHERE unit_id = ? ORDER BY unit_id DESC, seq DESC"
                            + " LIMIT ?").setParameter(1, unit.toString()).setParameter(2, max).getResultList();
            List<FeeEntry> latest = new ArrayList<>(rows.size());
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                r[5] = ((Number) r[5]).longValue();
                r[6] = SqlValues.date(r[6]);
                r[7] = SqlValues.date(r[7]);
                r[11] = SqlValues.instant(r[11]);
                latest.add(entry(r));
            }
            Collections.reverse(latest);
            return latest;
        });
    }

    @Override
    public Page<FeeEntry> ofUnit(UnitId unit, PageRequest page) {
        return source.withEntityManager(em -> {
            long total = lines(em, unit);
            List<FeeEntry> items = em.createQuery(LINE + " where f.unitId = :u order by f.seq", Object[].class)
                    .setParameter("u", unit.toString())
                    .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page.page() * page.size()))
                    .setMaxResults(page.size()).getResultList().stream().map(JpaFeeLedger::entry).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static long lines(EntityManager em, UnitId unit) {
        return totals(em, unit, "").lines();
    }

    @Override
    public List<FeeEntry> openCharges(UnitId unit, LocalDate coveringFrom) {
        return source.withEntityManager(em -> {
            var query = em.createQuery(LINE + " where f.unitId = :u and f.kind = 'CHARGE'"
                    + (coveringFrom == null ? "" : " and f.periodTo >= :from")
                    + " and not exists (select r.seq from FeeEntryRow r where r.reverses = f.id) order by f.seq",
                    Object[].class).setParameter("u", unit.toString());
            if (coveringFrom != null) {
                query.setParameter("from", coveringFrom);
            }
            return query.getResultList().stream().map(JpaFeeLedger::entry).toList();
        });
    }

    /** A row of {@link #LINE}'s columns. */
    private static FeeEntry entry(Object[] r) {
        return new FeeEntry(UUID.fromString((String) r[0]), EstateId.parse((String) r[1]), UnitId.parse((String) r[2]),
                FeeEntryKind.valueOf((String) r[3]), (String) r[4], Fen.of((Long) r[5]), (LocalDate) r[6], (LocalDate) r[7],
                r[8] == null ? null : UUID.fromString((String) r[8]), (String) r[9], (String) r[10], (Instant) r[11]);
    }
}
