package io.steward.adapter.memory;

import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.out.CensusState;
import io.steward.ports.estate.out.Censuses;
import io.steward.ports.shared.EstateId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Census rounds in memory. */
public final class InMemoryCensuses implements Censuses {
    private final VersionedTable<CensusId, CensusState> table;

    public InMemoryCensuses(MemoryTransactions tx) {
        table = new VersionedTable<>("census", VersionedTable.Shape.of(CensusState::id, CensusState::version,
                CensusState::withVersion), tx);
    }

    @Override
    public Optional<CensusState> find(CensusId id) {
        return table.find(id);
    }

    @Override
    public CensusState save(CensusState state) {
        table.save(state);
        return state.withVersion(state.version() + 1);
    }

    @Override
    public List<CensusState> ofEstate(EstateId estate) {
        return table.where(c -> c.estate().equals(estate)).stream().sorted(Comparator.comparing(CensusState::month)).toList();
    }
}
