package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.Area;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.FacilityKind;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private final EstateFixture f = new EstateFixture();

    @Test
    @DisplayName("EST-01: an estate's hierarchy — cluster, building, entrance, floor, unit — and its common parts are registered in one call")
    void a_whole_layout_registers_in_one_call() {
        f.registerEstate("LAKE");
        List<UnitSpec> units = List.of(
                new UnitSpec(new UnitAddress("A", "e14", "1", 3, "0301"), UnitKind.MID_RISE_FLAT, Area.squareMetres("92.3")),
                new UnitSpec(new UnitAddress("A", "v2", "1", 1, "0101"), UnitKind.VILLA, Area.squareMetres("240")),
                new UnitSpec(new UnitAddress("A", "e14", "1", -1, "P017"), UnitKind.PARKING_SPACE, Area.squareMetres("12.5")));
        var result = f.layout.importLayout(new ImportLayout.Layout(f.estate,
                List.of(new BuildingSpec("e14", "A", "E14", List.of("1")), new BuildingSpec("v2", "A", "Villa 2", List.of("1"))),
                units,
                List.of(new Facility("PUMP-1", "Sewage pumps", FacilityKind.PLANT_ROOM, "e14"),
                        new Facility("GATE", "Main gate", FacilityKind.SECURITY_SYSTEM, null))));

        assertThat(result.units()).isEqualTo(3);
        assertThat(f.queries.units(f.estate, "e14", null, PageRequest.first(10)).items())
                .extracting(u -> u.code()).containsExactly("A/e14-1-0301", "A/e14-1-P017");
        assertThat(f.queries.facilities(f.estate)).extracting(Facility::building).containsExactly(null, "e14");
    }

    @Test
    @DisplayName("EST-01: a layout with any problem registers nothing and names every problem")
    void a_bad_layout_registers_nothing() {
        f.registerEstate("LAKE");
        List<UnitSpec> units = List.of(
                new UnitSpec(new UnitAddress(null, "e14", "1", 1, "0101"), UnitKind.RESIDENCE, Area.squareMetres("80")),
                new UnitSpec(new UnitAddress(null, "e14", "1", 1, "0101"), UnitKind.RESIDENCE, Area.squareMetres("80")),
                new UnitSpec(new UnitAddress(null, "e14", "9", 1, "0102"), UnitKind.RESIDENCE, Area.squareMetres("80")),
                new UnitSpec(new UnitAddress(null, "x1", "1", 1, "0101"), UnitKind.RESIDENCE, Area.squareMetres("80")));

        assertThatThrownBy(() -> f.layout.importLayout(new ImportLayout.Layout(f.estate,
                List.of(new BuildingSpec("e14", null, null, List.of("1"))), units, List.of())))
                .isInstanceOfSatisfying(Conflict.class, c -> {
                    assertThat(c.ruleId()).isEqualTo("EST-01");
                    assertThat((List<?>) c.details().get("problems")).hasSize(3);
                });
        assertThat(f.queries.buildings(f.estate)).isEmpty();
        assertThat(f.queries.units(f.estate, null, null, PageRequest.first(10)).total()).isZero();
    }

    @Test
    @DisplayName("EST-01: building codes are alphanumeric like e14; anything else is refused at the edge")
    void codes_are_checked() {
        assertThatThrownBy(() -> new UnitAddress(null, "e 14", "1", 1, "0101")).isInstanceOf(InvalidInput.class);
        assertThat(new UnitAddress(null, "e14", "2", 3, "0301").code()).isEqualTo("e14-2-0301");
    }

    @Test
    @DisplayName("EST-01: an estate of 20 000 units imports in one call")
    void twenty_thousand_units_import_in_one_call() {
        f.registerEstate("BIG");
        List<BuildingSpec> buildings = new ArrayList<>();
        List<UnitSpec> units = new ArrayList<>();
        for (int b = 1; b <= 50; b++) {
            buildings.add(new BuildingSpec("b" + b, null, null, List.of("1", "2")));
            for (String e : List.of("1", "2")) {
                for (int floor = 1; floor <= 25; floor++) {
                    for (int n = 1; n <= 8; n++) {
                        units.add(new UnitSpec(new UnitAddress(null, "b" + b, e, floor, String.format("%02d%02d", floor, n)),
                                UnitKind.RESIDENCE, Area.squareMetres("88")));
                    }
                }
            }
        }
        var result = f.layout.importLayout(new ImportLayout.Layout(f.estate, buildings, units, List.of()));
        assertThat(result.units()).isEqualTo(20_000);
        assertThat(f.queries.occupancyCounts(f.estate)).containsEntry(Occupancy.NOT_TAKEN_OVER, 20_000L);
    }

    @Test
    @DisplayName("EST-01: estate codes are unique across the company")
    void estate_codes_are_unique() {
        f.registerEstate("LAKE");
        assertThatThrownBy(() -> f.registerEstate("LAKE")).isInstanceOfSatisfying(Conflict.class,
                c -> assertThat(c.details()).isEqualTo(Map.of("code", "LAKE")));
    }
}
