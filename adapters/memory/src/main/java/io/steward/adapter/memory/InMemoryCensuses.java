package io.steward.adapter.memory;

import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.estate.out.CensusState;
import io.steward.ports.estate.out.Censuses;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Census rounds in memory; each round's lines in a map by unit code, changed with the round's transaction. */
public final class InMemoryCensuses implements Censuses {
    private final MemoryTransactions tx;
    private final VersionedTable<CensusId, CensusState> table;
    private final Map<CensusId, TreeMap<String, CensusLine>> lines = new HashMap<>();

    public InMemoryCensuses(MemoryTransactions tx) {
        this.tx = tx;
        table = new VersionedTable<>("census", CensusState::id, tx);
    }

    @Override
    public Optional<CensusState> find(CensusId id) {
        return table.find(id);
    }

    @Override
    public CensusState save(CensusState state, List<CensusLine> changed) {
        CensusState stored = table.save(state);
        for (CensusLine line : changed) {
            Objects.requireNonNull(line.code(), "a census line names its unit's code");
            CensusLine[] previous = new CensusLine[1];
            tx.change(() -> {
                synchronized (this) {
                    previous[0] = lines.computeIfAbsent(state.id(), k -> new TreeMap<>()).put(line.code(), line);
                }
            }, () -> {
                synchronized (this) {
                    if (previous[0] == null) {
                        lines.get(state.id()).remove(line.code());
                    } else {
                        lines.get(state.id()).put(line.code(), previous[0]);
                    }
                }
            });
        }
        return stored;
    }

    private synchronized List<CensusLine> all(CensusId id) {
        return List.copyOf(lines.getOrDefault(id, new TreeMap<>()).values());
    }

    @Override
    public synchronized List<CensusLine> lines(CensusId id, Collection<String> unitCodes) {
        TreeMap<String, CensusLine> of = lines.getOrDefault(id, new TreeMap<>());
        return unitCodes.stream().distinct().map(of::get).filter(Objects::nonNull).sorted(Comparator.comparing(CensusLine::code))
                .toList();
    }

    @Override
    public Page<CensusLine> lines(CensusId id, boolean uncheckedOnly, PageRequest page) {
        return Page.of(all(id).stream().filter(l -> !uncheckedOnly || !l.checked()).toList(), page);
    }

    @Override
    public List<CensusLine> lines(CensusId id) {
        return all(id);
    }

    @Override
    public List<CensusState> ofEstate(EstateId estate) {
        return table.where(c -> c.estate().equals(estate)).stream().sorted(Comparator.comparing(CensusState::month)).toList();
    }
}
