package io.steward.adapter.jpa;

import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.FeeLedger;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.util.List;
import java.util.UUID;

/** Fee accounts on JPA: insert-only; a line is reversed at most once (unique constraint on {@code reverses}). */
public final class JpaFeeLedger implements FeeLedger {
    private final EntityManagerSource source;

    public JpaFeeLedger(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public void append(List<FeeEntry> entries) {
        source.withEntityManager(em -> {
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
            }
            em.flush();
            return null;
        });
    }

    @Override
    public List<FeeEntry> ofUnit(UnitId unit) {
        return source.withEntityManager(em -> em.createQuery("select f from FeeEntryRow f where f.unitId = :u order by f.seq", FeeEntryRow.class)
                .setParameter("u", unit.toString()).getResultList().stream()
                .map(r -> new FeeEntry(UUID.fromString(r.id), EstateId.parse(r.estateId), UnitId.parse(r.unitId),
                        FeeEntryKind.valueOf(r.kind), r.item, Fen.of(r.amountFen), r.periodFrom, r.periodTo,
                        r.reverses == null ? null : UUID.fromString(r.reverses), r.reference, r.actor, r.at)).toList());
    }
}
