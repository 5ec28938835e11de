package io.steward.adapter.memory;

import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.out.EstateLayouts;
import io.steward.ports.shared.EstateId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Buildings and facilities in memory. */
public final class InMemoryEstateLayouts implements EstateLayouts {
    private final AppendLog<Map.Entry<EstateId, BuildingSpec>> buildings;
    private final AppendLog<Map.Entry<EstateId, Facility>> facilities;

    public InMemoryEstateLayouts(MemoryTransactions tx) {
        buildings = new AppendLog<>(tx);
        facilities = new AppendLog<>(tx);
    }

    @Override
    public void addBuildings(EstateId estate, List<BuildingSpec> list) {
        buildings.append(list.stream().map(b -> Map.entry(estate, b)).toList());
    }

    @Override
    public List<BuildingSpec> buildings(EstateId estate) {
        return buildings.where(e -> e.getKey().equals(estate)).stream().map(Map.Entry::getValue)
                .sorted(Comparator.comparing(BuildingSpec::code)).toList();
    }

    @Override
    public void addFacilities(EstateId estate, List<Facility> list) {
        facilities.append(list.stream().map(f -> Map.entry(estate, f)).toList());
    }

    @Override
    public List<Facility> facilities(EstateId estate) {
        return facilities.where(e -> e.getKey().equals(estate)).stream().map(Map.Entry::getValue)
                .sorted(Comparator.comparing(Facility::code)).toList();
    }
}
