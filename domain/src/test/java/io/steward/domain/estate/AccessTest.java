package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessTest {
    private final EstateFixture f = new EstateFixture();

    @Test
    @DisplayName("roles are granted per estate: a stranger to the estate is told it does not exist, a member without the role is forbidden")
    void strangers_see_nothing_members_are_forbidden() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
        f.grant("desk", Role.FRONT_DESK);
        var unit = f.unit("e14-1-0101");

        f.as("stranger");
        assertThatThrownBy(() -> f.queries.unit(unit)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.desk.start(unit)).isInstanceOf(NotFound.class);
        assertThat(f.queries.estates(PageRequest.first(10)).items()).isEmpty();

        f.as("desk");
        assertThat(f.queries.unit(unit).code()).isEqualTo("e14-1-0101");
        assertThatThrownBy(() -> f.fees.pay(unit, new io.steward.ports.estate.in.PostFees.Payment(io.steward.ports.shared.Fen.of(1), "R")))
                .isInstanceOf(AccessDenied.class);
        assertThat(f.queries.estates(PageRequest.first(10)).items()).hasSize(1);

        // a role in another estate reaches that estate only
        var lake = f.estate;
        f.registerEstate("HILL");
        f.grant("hill-desk", Role.FRONT_DESK);
        f.as("hill-desk");
        assertThatThrownBy(() -> f.queries.unit(unit)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.queries.estate(lake)).isInstanceOf(NotFound.class);
        assertThat(f.queries.estates(PageRequest.first(10)).items()).extracting(e -> e.code()).containsExactly("HILL");
    }

    @Test
    @DisplayName("registering an estate, importing its layout and its roster are audited: actor, estate, action, object, time")
    void mutations_are_audited() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
        var records = f.queries.audit(f.estate, PageRequest.first(10)).items();
        assertThat(records).extracting(r -> r.action()).containsExactly("estate.import-roster", "estate.import-layout", "estate.register");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("gm");
            assertThat(r.estate()).isEqualTo(f.estate);
            assertThat(r.objectType()).isEqualTo("estate");
            assertThat(r.objectId()).isEqualTo(f.estate.toString());
            assertThat(r.at()).isEqualTo(EstateFixture.NOW);
        });
    }

    @Test
    @DisplayName("a project manager staffs their own estate with operational roles, never themself, and only company "
            + "leadership grants management roles")
    void project_managers_cannot_raise_authority() {
        f.registerEstate("LAKE");
        f.grant("pm", Role.PROJECT_MANAGER);
        var deskGrant = io.steward.ports.shared.RoleGrant.of("li", f.estate, Role.FRONT_DESK);

        f.as("pm");
        assertThat(f.staff.grant(deskGrant)).containsExactly(deskGrant);
        assertThatThrownBy(() -> f.staff.grant(io.steward.ports.shared.RoleGrant.of("li", f.estate, Role.PROJECT_MANAGER)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> f.staff.grant(io.steward.ports.shared.RoleGrant.companyWide("li", Role.CASHIER)))
                .isInstanceOf(AccessDenied.class);
        // nor do they grant themselves an operational role (the archivist approves EST-08 reads)
        assertThatThrownBy(() -> f.staff.grant(io.steward.ports.shared.RoleGrant.of("pm", f.estate, Role.ARCHIVIST)))
                .isInstanceOf(AccessDenied.class);

        f.as("stranger");
        assertThatThrownBy(() -> f.staff.grant(io.steward.ports.shared.RoleGrant.of("x", f.estate, Role.CASHIER)))
                .isInstanceOf(NotFound.class);

        // company leadership does grant a management role; a project manager staffs no other estate
        f.as("gm");
        var pmGrant = io.steward.ports.shared.RoleGrant.of("li", f.estate, Role.PROJECT_MANAGER);
        assertThat(f.staff.grant(pmGrant)).contains(pmGrant);
        var lake = f.estate;
        f.registerEstate("HILL");
        f.as("pm");
        assertThatThrownBy(() -> f.staff.grant(io.steward.ports.shared.RoleGrant.of("x", f.estate, Role.CASHIER)))
                .isInstanceOf(NotFound.class);
        f.estate = lake;

        f.as("pm");
        assertThat(f.staff.revoke(deskGrant)).containsExactly(pmGrant);
        assertThat(f.queries.audit(f.estate, PageRequest.first(10)).items()).extracting(r -> r.action())
                .startsWith("role.revoke", "role.grant", "role.grant");
    }
}
