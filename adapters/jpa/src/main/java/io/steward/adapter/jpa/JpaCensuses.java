package io.steward.adapter.jpa;

import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.out.CensusState;
import io.steward.ports.estate.out.Censuses;
import io.steward.ports.shared.EstateId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Census rounds (EST-03) as documents, keyed by estate and month. */
public final class JpaCensuses implements Censuses {
    private final Documents<CensusState> docs;

    public JpaCensuses(EntityManagerSource source) {
        docs = new Documents<>(source, "CENSUS", CensusState.class, Comparator.comparing(CensusState::month));
    }

    @Override
    public Optional<CensusState> find(CensusId id) {
        return docs.find(id.toString());
    }

    @Override
    public CensusState save(CensusState s) {
        CensusState stored = s.withVersion(s.version() + 1);
        docs.save(s.id().toString(), s.estate().toString(), null, s.month(), s.version(), stored);
        return stored;
    }

    @Override
    public List<CensusState> ofEstate(EstateId estate) {
        return docs.byEstate(estate.toString(), null, null);
    }
}
