package io.steward.domain.estate;

import static io.steward.ports.estate.Occupancy.NOT_TAKEN_OVER;
import static io.steward.ports.estate.Occupancy.OWNER_OCCUPIED;
import static io.steward.ports.estate.Occupancy.TENANT_OCCUPIED;
import static io.steward.ports.estate.Occupancy.VACANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.Area;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.OccupancyRecord;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OccupancyTest {

    @Test
    @DisplayName("EST-02: a new unit is NOT_TAKEN_OVER, and only a process that may make a change makes it")
    void occupancy_changes_only_through_its_processes() {
        Unit unit = Unit.register(EstateId.newId(), new UnitSpec(new UnitAddress(null, "e1", "1", 1, "0101"),
                UnitKind.RESIDENCE, Area.squareMetres("80")));
        assertThat(unit.occupancy()).isEqualTo(NOT_TAKEN_OVER);

        assertThatThrownBy(() -> unit.changeOccupancy(OWNER_OCCUPIED, OccupancyCause.MOVE_IN, null, Actor.SYSTEM, EstateFixture.NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.ruleId()).isEqualTo("EST-02"));
        assertThatThrownBy(() -> unit.changeOccupancy(VACANT, OccupancyCause.CENSUS_CORRECTION, null, Actor.SYSTEM, EstateFixture.NOW))
                .isInstanceOf(Refusal.class);

        unit.changeOccupancy(VACANT, OccupancyCause.HANDOVER, "h1", Actor.SYSTEM, EstateFixture.NOW);
        unit.changeOccupancy(TENANT_OCCUPIED, OccupancyCause.TENANT_MOVE_IN, "a1", Actor.SYSTEM, EstateFixture.NOW);
        assertThat(unit.occupancy()).isEqualTo(TENANT_OCCUPIED);
        assertThat(Unit.allows(OccupancyCause.TENANT_MOVE_OUT, TENANT_OCCUPIED, VACANT)).isTrue();
        assertThat(Unit.allows(OccupancyCause.HANDOVER, VACANT, VACANT)).isFalse();
    }

    @Test
    @DisplayName("EST-02: every change of occupancy is kept in the unit's history, newest first")
    void every_change_is_kept() {
        EstateFixture f = new EstateFixture();
        f.registerEstate("LAKE");
        f.importSmallLayout();
        f.handOver("e14-1-0101", null);
        f.occupants.ownerMovesIn(f.unit("e14-1-0101"), null);

        assertThat(f.queries.occupancyHistory(f.unit("e14-1-0101"), PageRequest.first(10)).items())
                .extracting(OccupancyRecord::cause, OccupancyRecord::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OccupancyCause.MOVE_IN, OWNER_OCCUPIED),
                        org.assertj.core.groups.Tuple.tuple(OccupancyCause.HANDOVER, VACANT),
                        org.assertj.core.groups.Tuple.tuple(OccupancyCause.REGISTERED, NOT_TAKEN_OVER));
    }

    @Test
    @DisplayName("EST-02: the occupancy of an owner in their own unit is OFFICE for an office, OWNER_OCCUPIED for a home")
    void owner_occupancy_follows_the_kind() {
        assertThat(UnitKind.OFFICE.occupiedByOwner()).isEqualTo(io.steward.ports.estate.Occupancy.OFFICE);
        assertThat(UnitKind.VILLA.occupiedByOwner()).isEqualTo(OWNER_OCCUPIED);
        assertThat(UnitKind.RESIDENCE.occupiedByOwner()).isEqualTo(OWNER_OCCUPIED);
    }
}
