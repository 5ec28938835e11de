package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.PassStatus;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GoodsReleaseTest {
    private final EstateFixture f = new EstateFixture();

    @BeforeEach
    void estate() {
        f.lakeWithUnitHandedOver();
    }

    private static ReleaseGoods.PassRequest request(Carrier carrier, RemovalPurpose purpose) {
        return new ReleaseGoods.PassRequest("王五", carrier, List.of(new GoodsItem("sofa", 1), new GoodsItem("boxes", 6)), purpose);
    }

    private static ReleaseGoods.Signatures signatures() {
        return new ReleaseGoods.Signatures("desk", "张三", "王五");
    }

    @Test
    @DisplayName("EST-09: the owner carries goods out on a pass signed three times; the gate lets them out once")
    void the_owner_carries_goods_out() {
        var pass = f.gate.request(f.unit("e14-1-0101"), request(Carrier.OWNER, RemovalPurpose.TEMPORARY));
        assertThat(pass.status()).isEqualTo(PassStatus.AWAITING_SIGNATURES);
        pass = f.gate.sign(pass.id(), signatures());
        assertThat(pass.status()).isEqualTo(PassStatus.ISSUED);

        f.as("desk");
        var issued = pass;
        assertThatThrownBy(() -> f.gate.verifyAtGate(issued.id())).isInstanceOf(AccessDenied.class);
        f.as("guard");
        pass = f.gate.verifyAtGate(pass.id());
        assertThat(pass.status()).isEqualTo(PassStatus.USED);
        assertThat(pass.verifiedBy()).isEqualTo("guard");
        assertThatThrownBy(() -> f.gate.verifyAtGate(issued.id()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.ruleId()).isEqualTo("EST-09"));
    }

    @Test
    @DisplayName("EST-09: someone other than the owner needs the owner's agreement by phone; an unreachable owner means no release")
    void an_unreachable_owner_means_no_release() {
        var nanny = f.gate.request(f.unit("e14-1-0101"), request(Carrier.NANNY, RemovalPurpose.TEMPORARY));
        assertThat(nanny.status()).isEqualTo(PassStatus.AWAITING_OWNER);
        assertThatThrownBy(() -> f.gate.sign(nanny.id(), signatures()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.ruleId()).isEqualTo("EST-09"));

        var refused = f.gate.recordOwnerCall(nanny.id(), new OwnerCall(EstateFixture.NOW, false, false, "no answer"));
        assertThat(refused.status()).isEqualTo(PassStatus.REFUSED);
        assertThat(refused.ownerCall().at()).isEqualTo(EstateFixture.NOW);
        f.as("guard");
        assertThatThrownBy(() -> f.gate.verifyAtGate(nanny.id())).isInstanceOf(Refusal.class);

        f.as("desk");
        var family = f.gate.request(f.unit("e14-1-0101"), request(Carrier.FAMILY, RemovalPurpose.TEMPORARY));
        var agreed = f.gate.recordOwnerCall(family.id(), new OwnerCall(EstateFixture.NOW, true, true, "yes, the old sofa"));
        assertThat(agreed.status()).isEqualTo(PassStatus.AWAITING_SIGNATURES);
    }

    @Test
    @DisplayName("EST-09: nothing is released for moving out while the unit has arrears")
    void moving_out_needs_arrears_settled() {
        f.as("cashier");
        f.fees.charge(f.unit("e14-1-0101"), new PostFees.Charge("WATER", Fen.of(4_250), null, null, "meter 2026-03"));
        f.as("desk");
        assertThatThrownBy(() -> f.gate.request(f.unit("e14-1-0101"), request(Carrier.OWNER, RemovalPurpose.MOVING_OUT)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.ruleId()).isEqualTo("EST-09");
                    assertThat(r.details()).containsEntry("arrears", 4_250L);
                });
        assertThat(f.gate.passesOf(f.unit("e14-1-0101"))).isEmpty();
        // a temporary removal is not held back by arrears
        assertThat(f.gate.request(f.unit("e14-1-0101"), request(Carrier.OWNER, RemovalPurpose.TEMPORARY)).status())
                .isEqualTo(PassStatus.AWAITING_SIGNATURES);
    }

    @Test
    @DisplayName("EST-09: unusually frequent removals from one unit are flagged")
    void frequent_removals_are_flagged() {
        var first = f.gate.request(f.unit("e14-1-0101"), request(Carrier.OWNER, RemovalPurpose.TEMPORARY));
        var second = f.gate.request(f.unit("e14-1-0101"), request(Carrier.OWNER, RemovalPurpose.TEMPORARY));
        var third = f.gate.request(f.unit("e14-1-0101"), request(Carrier.OWNER, RemovalPurpose.TEMPORARY));
        assertThat(first.frequentRemoval()).isFalse();
        assertThat(second.frequentRemoval()).isFalse();
        assertThat(third.frequentRemoval()).isTrue();
    }
}
