package io.steward.ports.estate.in;

import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.LayoutImported;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import java.util.List;

/**
 * EST-01: registers buildings, units and common parts of an estate in one call, all or nothing. New units start
 * NOT_TAKEN_OVER (EST-02). Needs PROJECT_MANAGER in the estate (or COMPANY_GM).
 */
public interface ImportLayout {

    int MAX_UNITS = 50_000;

    LayoutImported importLayout(Layout layout);

    record Layout(EstateId estate, List<BuildingSpec> buildings, List<UnitSpec> units, List<Facility> facilities) {
        public Layout {
            if (estate == null) {
                throw new InvalidInput("estate is required");
            }
            buildings = buildings == null ? List.of() : List.copyOf(buildings);
            units = units == null ? List.of() : List.copyOf(units);
            facilities = facilities == null ? List.of() : List.copyOf(facilities);
            if (units.size() > MAX_UNITS) {
                throw new InvalidInput("at most " + MAX_UNITS + " units in one import");
            }
        }
    }
}
