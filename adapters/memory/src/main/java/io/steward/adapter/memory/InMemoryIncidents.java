package io.steward.adapter.memory;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.out.IncidentState;
import io.steward.ports.emergency.out.Incidents;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Comparator;
import java.util.Optional;

/** The incident log in memory. */
public final class InMemoryIncidents implements Incidents {
    private final VersionedTable<IncidentId, IncidentState> table;

    public InMemoryIncidents(MemoryTransactions tx) {
        table = new VersionedTable<>("incident", IncidentState::id, tx);
    }

    @Override
    public Optional<IncidentState> find(IncidentId id) {
        return table.find(id);
    }

    @Override
    public IncidentState save(IncidentState state) {
        return table.save(state);
    }

    @Override
    public Page<IncidentState> ofEstate(EstateId estate, PageRequest page) {
        return Page.of(table.where(i -> i.estate().equals(estate)).stream()
                .sorted(Comparator.comparing(IncidentState::reportedAt).reversed()).toList(), page);
    }
}
