package io.steward.adapter.jpa;

import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.Handovers;
import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Handovers as documents, keyed by unit and by report date. */
public final class JpaHandovers implements Handovers {
    private final Documents<HandoverState> docs;

    public JpaHandovers(EntityManagerSource source) {
        docs = new Documents<>(source, "HANDOVER", HandoverState.class, Comparator.comparing(h -> h.trail().get(0).at()));
    }

    @Override
    public Optional<HandoverState> find(HandoverId id) {
        return docs.find(id.toString());
    }

    @Override
    public HandoverState save(HandoverState s) {
        HandoverState stored = s.withVersion(s.version() + 1);
        docs.save(s.id().toString(), s.estate().toString(), s.unit().toString(), s.reportDate(), s.version(), stored);
        return stored;
    }

    @Override
    public List<HandoverState> ofUnit(UnitId unit) {
        return docs.byOwner(unit.toString());
    }

    @Override
    public List<HandoverState> ofEstate(EstateId estate, LocalDate from, LocalDate to) {
        return docs.byEstate(estate.toString(), from, to);
    }
}
