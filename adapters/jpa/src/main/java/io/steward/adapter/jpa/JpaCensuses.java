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
    public void save(CensusState s) {
        docs.save(s.id().toString(), s.estate().toString(), null, s.month(), s.version(),
                new CensusState(s.id(), s.estate(), s.month(), s.checkBy(), s.reportBy(), s.lines(), s.report(), s.signedBy(),
                        s.signedAt(), s.copiedTo(), s.version() + 1));
    }

    @Override
    public List<CensusState> ofEstate(EstateId estate) {
        return docs.byEstate(estate.toString(), null, null);
    }
}
