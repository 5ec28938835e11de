package io.steward.adapter.jpa;

import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.out.EstateLayouts;
import io.steward.ports.shared.EstateId;
import java.util.Comparator;
import java.util.List;

/** Buildings and facilities as documents keyed by estate and code. */
public final class JpaEstateLayouts implements EstateLayouts {
    private final Documents<BuildingSpec> buildings;
    private final Documents<Facility> facilities;

    public JpaEstateLayouts(EntityManagerSource source) {
        buildings = new Documents<>(source, "BUILDING", BuildingSpec.class, Comparator.comparing(BuildingSpec::code));
        facilities = new Documents<>(source, "FACILITY", Facility.class, Comparator.comparing(Facility::code));
    }

    @Override
    public void addBuildings(EstateId estate, List<BuildingSpec> list) {
        list.forEach(b -> buildings.save(estate + "/" + b.code(), estate.toString(), null, null, 0, b));
    }

    @Override
    public List<BuildingSpec> buildings(EstateId estate) {
        return buildings.byEstate(estate.toString(), null, null);
    }

    @Override
    public void addFacilities(EstateId estate, List<Facility> list) {
        list.forEach(f -> facilities.save(estate + "/" + f.code(), estate.toString(), null, null, 0, f));
    }

    @Override
    public List<Facility> facilities(EstateId estate) {
        return facilities.byEstate(estate.toString(), null, null);
    }
}
