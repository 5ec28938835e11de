package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.MovedIn;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoveInTest {
    private final EstateFixture f = new EstateFixture();

    @BeforeEach
    void estate() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
    }

    private static PersonalData tenant() {
        return new PersonalData("李四", "13700137000", "13600136000", "310101199202021234", null);
    }

    @Test
    @DisplayName("EST-05: nobody moves into a unit that has not been handed over")
    void no_move_in_before_handover() {
        f.grant("desk", io.steward.ports.shared.Role.FRONT_DESK);
        f.as("desk");
        assertThatThrownBy(() -> f.occupants.ownerMovesIn(f.unit("e14-1-0101"), null))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.ruleId()).isEqualTo("EST-05"));
    }

    @Test
    @DisplayName("EST-05: the owner moves in; the time is recorded and other departments are notified")
    void owner_moves_in() {
        f.handOver("e14-1-0101", null);
        f.occupants.ownerMovesIn(f.unit("e14-1-0101"), EstateFixture.NOW);
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.OWNER_OCCUPIED);
        assertThat(f.memory.events.published(MovedIn.class)).singleElement().satisfies(e -> {
            assertThat(e.party()).isEqualTo(Party.OWNER);
            assertThat(e.movedInAt()).isEqualTo(EstateFixture.NOW);
        });
    }

    @Test
    @DisplayName("EST-05: a tenant needs the owner's commitment letter, the lease and a signed safety letter")
    void a_tenant_needs_the_documents() {
        f.handOver("e14-1-0101", null);
        assertThatThrownBy(() -> f.occupants.tenantMovesIn(new MoveIn.TenantMoveIn(f.unit("e14-1-0101"), tenant(), null,
                "LEASE-1", "SL-T1", null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.ruleId()).isEqualTo("EST-05"));
        assertThatThrownBy(() -> f.occupants.tenantMovesIn(new MoveIn.TenantMoveIn(f.unit("e14-1-0101"), tenant(), "OC-1",
                null, "SL-T1", null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.ruleId()).isEqualTo("EST-05"));
        assertThatThrownBy(() -> f.occupants.tenantMovesIn(new MoveIn.TenantMoveIn(f.unit("e14-1-0101"), tenant(), "OC-1",
                "LEASE-1", " ", null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.ruleId()).isEqualTo("EST-05"));
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.VACANT);

        var archive = f.occupants.tenantMovesIn(new MoveIn.TenantMoveIn(f.unit("e14-1-0101"), tenant(), "OC-1", "LEASE-1",
                "SL-T1", null));
        assertThat(archive.party()).isEqualTo(Party.TENANT);
        assertThat(archive.lease()).isEqualTo("LEASE-1");
        assertThat(archive.person().name()).isEqualTo("李*");
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.TENANT_OCCUPIED);
        assertThat(f.queries.archivesOf(f.unit("e14-1-0101"))).hasSize(2);
    }
}
