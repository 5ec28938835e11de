package io.steward.adapter.jpa;

import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.renovation.out.Renovations;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.StoreConflict;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renovations on JPA: documents of kind RENOVATION in {@code aggregate_document}, owned by their unit, dated by the day
 * their refund is due while they wait for it (so the refunds due are read by the estate's date index). A unit's active
 * renovation holds the unit's RENOVATION_SLOT document: two applications saved at once for one unit collide on its key
 * (or its version), so one renovation at a time holds in the database, not only in the domain's check.
 */
public final class JpaRenovations implements Renovations {
    /** The earliest refund date the refunds-due query reads from. */
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /** The unit's active renovation, or none since it ended. */
    public record Slot(UnitId unit, RenovationId renovation, long version) {
    }

    private final Documents<RenovationState> docs;
    private final Documents<Slot> slots;

    public JpaRenovations(EntityManagerSource source) {
        docs = new Documents<>(source, "RENOVATION", RenovationState.class,
                Comparator.comparing((RenovationState r) -> r.application().at()).thenComparing(r -> r.id().toString()));
        slots = new Documents<>(source, "RENOVATION_SLOT", Slot.class, Comparator.comparing(s -> s.unit().toString()));
    }

    @Override
    public Optional<RenovationState> find(RenovationId id) {
        return docs.find(id.toString());
    }

    @Override
    public RenovationState save(RenovationState s) {
        String unit = s.unit().toString();
        Optional<Slot> slot = slots.find(unit);
        RenovationId holder = slot.map(Slot::renovation).orElse(null);
        if (s.status().active()) {
            if (holder != null && !holder.equals(s.id())) {
                throw StoreConflict.duplicate("active renovation of unit", s.unit());
            }
            if (holder == null) {
                long expected = slot.map(Slot::version).orElse(0L);
                slots.save(unit, s.estate().toString(), unit, null, expected, new Slot(s.unit(), s.id(), expected + 1));
            }
        } else if (s.id().equals(holder)) {
            slots.save(unit, s.estate().toString(), unit, null, slot.get().version(), new Slot(s.unit(), null,
                    slot.get().version() + 1));
        }
        RenovationState stored = s.withVersion(s.version() + 1);
        LocalDate due = s.status() == RenovationStatus.COMPLETED ? s.completion().refundDueOn() : null;
        docs.save(s.id().toString(), s.estate().toString(), unit, due, s.version(), stored);
        return stored;
    }

    @Override
    public Optional<RenovationState> active(UnitId unit) {
        return slots.find(unit.toString()).map(Slot::renovation).flatMap(this::find);
    }

    @Override
    public List<RenovationState> ofEstate(EstateId estate, Set<RenovationStatus> statuses) {
        return docs.byEstate(estate.toString(), null, null).stream().filter(r -> statuses.contains(r.status())).toList();
    }

    @Override
    public List<RenovationState> refundsDue(EstateId estate, LocalDate day) {
        return docs.byEstate(estate.toString(), EPOCH, day).stream().filter(r -> r.status() == RenovationStatus.COMPLETED)
                .sorted(Comparator.comparing((RenovationState r) -> r.completion().refundDueOn())
                        .thenComparing(r -> r.id().toString())).toList();
    }
}
