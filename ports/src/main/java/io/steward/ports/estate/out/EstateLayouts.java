package io.steward.ports.estate.out;

import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.Facility;
import io.steward.ports.shared.EstateId;
import java.util.List;

/** Buildings (with their entrances) and common parts of each estate (EST-01). */
public interface EstateLayouts {
    void addBuildings(EstateId estate, List<BuildingSpec> buildings);

    List<BuildingSpec> buildings(EstateId estate);

    void addFacilities(EstateId estate, List<Facility> facilities);

    List<Facility> facilities(EstateId estate);
}
