package io.steward.adapter.memory;

import io.steward.ports.shared.StoreConflict;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.estate.out.Units;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Units in memory; a code is unique per estate. */
public final class InMemoryUnits implements Units {
    private final VersionedTable<UnitId, UnitState> table;

    public InMemoryUnits(MemoryTransactions tx) {
        table = new VersionedTable<>("unit", UnitState::id, tx);
    }

    @Override
    public Optional<UnitState> find(UnitId id) {
        return table.find(id);
    }

    @Override
    public Optional<UnitState> findByCode(EstateId estate, String code) {
        return table.where(u -> u.estate().equals(estate) && u.code().equals(code)).stream().findFirst();
    }

    @Override
    public synchronized void insertAll(List<UnitState> units) {
        Map<EstateId, Set<String>> codes = new java.util.HashMap<>();
        for (UnitState u : units) {
            if (!codes.computeIfAbsent(u.estate(), e -> new HashSet<>(codes(e))).add(u.code())) {
                throw StoreConflict.duplicate("unit code", u.code());
            }
        }
        table.insertAll(units);
    }

    @Override
    public UnitState save(UnitState state) {
        return table.save(state);
    }

    @Override
    public Page<UnitState> list(EstateId estate, String building, Occupancy occupancy, PageRequest page) {
        return Page.of(table.where(u -> u.estate().equals(estate)
                        && (building == null || building.equals(u.address().building()))
                        && (occupancy == null || occupancy == u.occupancy()))
                .stream().sorted(Comparator.comparing(UnitState::code)).toList(), page);
    }

    @Override
    public Map<Occupancy, Long> countByOccupancy(EstateId estate) {
        return table.where(u -> u.estate().equals(estate)).stream()
                .collect(Collectors.groupingBy(UnitState::occupancy, Collectors.counting()));
    }

    @Override
    public Map<String, Occupancy> occupancies(EstateId estate, java.util.Collection<String> codes) {
        Set<String> wanted = new HashSet<>(codes);
        return table.where(u -> u.estate().equals(estate) && wanted.contains(u.code())).stream()
                .collect(Collectors.toMap(UnitState::code, UnitState::occupancy));
    }

    @Override
    public Set<String> codes(EstateId estate) {
        return table.whereMap(u -> u.estate().equals(estate), UnitState::code).stream().collect(Collectors.toSet());
    }

}
