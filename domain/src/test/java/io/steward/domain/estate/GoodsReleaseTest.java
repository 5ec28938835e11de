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
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.PersonalDataAccess;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;
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

    private static ReleaseGoods.PassRequest owner(RemovalPurpose purpose) {
        return new ReleaseGoods.PassRequest("张三", Carrier.OWNER, "110101199001011234",
                List.of(new GoodsItem("sofa", 1), new GoodsItem("boxes", 6)), purpose);
    }

    private static ReleaseGoods.PassRequest carriedBy(Carrier carrier) {
        return new ReleaseGoods.PassRequest("王五", carrier, null, List.of(new GoodsItem("sofa", 1)), RemovalPurpose.TEMPORARY);
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("EST-09");
            assertThat(r.code()).isEqualTo(code);
        });
    }

    @Test
    @DisplayName("EST-09: the owner carries goods out on a pass signed by the member of staff, the owner and the carrier; the "
            + "gate lets them out once, to the carrier the pass names")
    void the_owner_carries_goods_out() {
        var pass = f.gate.request(f.unit("e14-1-0101"), owner(RemovalPurpose.TEMPORARY));
        assertThat(pass.status()).isEqualTo(PassStatus.AWAITING_SIGNATURES);
        pass = f.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "张三"));
        assertThat(pass.status()).isEqualTo(PassStatus.ISSUED);
        assertThat(pass.staffSignature()).as("the member of staff who signs is the caller").isEqualTo("desk");

        var issued = pass;
        assertThatThrownBy(() -> f.gate.verifyAtGate(issued.id(), new ReleaseGoods.GateCheck("张三"))).isInstanceOf(AccessDenied.class);
        f.as("guard");
        refused(() -> f.gate.verifyAtGate(issued.id(), new ReleaseGoods.GateCheck("李四")), "not-the-named-carrier");
        pass = f.gate.verifyAtGate(pass.id(), new ReleaseGoods.GateCheck("张三"));
        assertThat(pass.status()).isEqualTo(PassStatus.USED);
        assertThat(pass.verifiedBy()).isEqualTo("guard");
        refused(() -> f.gate.verifyAtGate(issued.id(), new ReleaseGoods.GateCheck("张三")), "pass-not-issued");
    }

    @Test
    @DisplayName("EST-09: a carrier declared as the owner is the owner on the archive, name and identity document")
    void a_carrier_declared_as_the_owner_is_checked() {
        assertThatThrownBy(() -> new ReleaseGoods.PassRequest("张三", Carrier.OWNER, null, List.of(new GoodsItem("sofa", 1)),
                RemovalPurpose.TEMPORARY)).isInstanceOf(InvalidInput.class);
        refused(() -> f.gate.request(f.unit("e14-1-0101"), new ReleaseGoods.PassRequest("王五", Carrier.OWNER,
                "110101199001011234", List.of(new GoodsItem("sofa", 1)), RemovalPurpose.TEMPORARY)), "carrier-not-the-owner");
        refused(() -> f.gate.request(f.unit("e14-1-0101"), new ReleaseGoods.PassRequest("张三", Carrier.OWNER,
                "440101198505051234", List.of(new GoodsItem("sofa", 1)), RemovalPurpose.TEMPORARY)), "carrier-not-the-owner");
        assertThat(f.gate.passesOf(f.unit("e14-1-0101"))).isEmpty();
    }

    @Test
    @DisplayName("EST-09: each signature is the person's the register knows: the owner on the archive, the named carrier")
    void signatures_are_checked() {
        var pass = f.gate.request(f.unit("e14-1-0101"), carriedBy(Carrier.FAMILY));
        f.gate.recordOwnerCall(pass.id(), new OwnerCall(EstateFixture.NOW, true, true, "yes"));
        refused(() -> f.gate.sign(pass.id(), new ReleaseGoods.Signatures("李四", "王五")), "signature-not-the-owner");
        refused(() -> f.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "赵六")), "signature-not-the-carrier");
        assertThat(f.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "王五")).status()).isEqualTo(PassStatus.ISSUED);
    }

    @Test
    @DisplayName("EST-09: someone other than the owner needs the owner's agreement by phone; an unreachable owner means no release")
    void an_unreachable_owner_means_no_release() {
        var nanny = f.gate.request(f.unit("e14-1-0101"), carriedBy(Carrier.NANNY));
        assertThat(nanny.status()).isEqualTo(PassStatus.AWAITING_OWNER);
        refused(() -> f.gate.sign(nanny.id(), new ReleaseGoods.Signatures("张三", "王五")), "pass-not-awaiting-signatures");

        var refusedPass = f.gate.recordOwnerCall(nanny.id(), new OwnerCall(EstateFixture.NOW, false, false, "no answer"));
        assertThat(refusedPass.status()).isEqualTo(PassStatus.REFUSED);
        assertThat(refusedPass.ownerCall().at()).isEqualTo(EstateFixture.NOW);
        f.as("guard");
        assertThatThrownBy(() -> f.gate.verifyAtGate(nanny.id(), new ReleaseGoods.GateCheck("王五"))).isInstanceOf(Refusal.class);

        f.as("desk");
        var family = f.gate.request(f.unit("e14-1-0101"), carriedBy(Carrier.FAMILY));
        var agreed = f.gate.recordOwnerCall(family.id(), new OwnerCall(EstateFixture.NOW, true, true, "yes, the old sofa"));
        assertThat(agreed.status()).isEqualTo(PassStatus.AWAITING_SIGNATURES);
    }

    @Test
    @DisplayName("EST-09: nothing is released for moving out while the unit has arrears")
    void moving_out_needs_arrears_settled() {
        f.as("cashier");
        f.fees.charge(f.unit("e14-1-0101"), new PostFees.Charge("WATER", Fen.of(4_250), null, null, "meter 2026-03"));
        f.as("desk");
        assertThatThrownBy(() -> f.gate.request(f.unit("e14-1-0101"), owner(RemovalPurpose.MOVING_OUT)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.ruleId()).isEqualTo("EST-09");
                    assertThat(r.details()).containsEntry("arrears", 4_250L);
                });
        assertThat(f.gate.passesOf(f.unit("e14-1-0101"))).isEmpty();
        // a temporary removal is not held back by arrears
        assertThat(f.gate.request(f.unit("e14-1-0101"), owner(RemovalPurpose.TEMPORARY)).status())
                .isEqualTo(PassStatus.AWAITING_SIGNATURES);
    }

    @Test
    @DisplayName("EST-09: unusually frequent removals from one unit are flagged")
    void frequent_removals_are_flagged() {
        var first = f.gate.request(f.unit("e14-1-0101"), owner(RemovalPurpose.TEMPORARY));
        var second = f.gate.request(f.unit("e14-1-0101"), owner(RemovalPurpose.TEMPORARY));
        var third = f.gate.request(f.unit("e14-1-0101"), owner(RemovalPurpose.TEMPORARY));
        assertThat(first.frequentRemoval()).isFalse();
        assertThat(second.frequentRemoval()).isFalse();
        assertThat(third.frequentRemoval()).isTrue();
    }

    @Test
    @DisplayName("EST-08: a pass shows the carrier's and the owner's names, and the owner's answer, only to whoever holds the "
            + "grant to read the unit's personal data")
    void passes_mask_names() {
        var pass = f.gate.request(f.unit("e14-1-0101"), carriedBy(Carrier.NANNY));
        f.gate.recordOwnerCall(pass.id(), new OwnerCall(EstateFixture.NOW, true, true, "yes, 13800138000 calls back"));
        var view = f.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "王五"));
        assertThat(view.carrierName()).isEqualTo("王*");
        assertThat(view.ownerSignature()).isEqualTo("张*");
        assertThat(view.carrierSignature()).isEqualTo("王*");
        assertThat(view.ownerCall().answer()).doesNotContain("13800138000");
        assertThat(view.masked()).isTrue();
        f.grant("archivist", Role.ARCHIVIST);
        var asked = f.approvals.request(new Approve.Request(f.estate, PersonalDataAccess.READ_PERSONAL_DATA.code(),
                f.unit("e14-1-0101").toString(), "checking the pass with the owner", null));
        f.as("archivist");
        f.approvals.approve(asked.id(), null);
        f.as("desk");
        assertThat(f.gate.pass(pass.id()).carrierName()).isEqualTo("王五");
    }

    @Test
    @DisplayName("EST-09: goods leave for moving out only with every charge up to that day settled — checked when the pass is "
            + "written, signed and at the gate — and with the meters read that day")
    void moving_out_is_settled_up_to_the_day_the_goods_leave() {
        f.grant("cashier", Role.CASHIER);
        var pass = f.gate.request(f.unit("e14-1-0101"), owner(RemovalPurpose.MOVING_OUT));
        f.as("cashier");
        f.fees.charge(f.unit("e14-1-0101"), new PostFees.Charge("REPAIR", Fen.of(500), null, null, "WO-1"));
        f.as("desk");
        refused(() -> f.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "张三")), "arrears-outstanding");
        f.as("cashier");
        f.fees.pay(f.unit("e14-1-0101"), new PostFees.Payment(Fen.of(500), "R-1"));
        f.as("desk");
        f.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "张三"));
        f.as("cashier");
        f.fees.charge(f.unit("e14-1-0101"), new PostFees.Charge("REPAIR", Fen.of(300), null, null, "WO-2"));
        f.as("guard");
        refused(() -> f.gate.verifyAtGate(pass.id(), new ReleaseGoods.GateCheck("张三")), "arrears-outstanding");
        assertThat(f.gate.pass(pass.id()).status()).isEqualTo(PassStatus.ISSUED);
        f.as("cashier");
        f.fees.pay(f.unit("e14-1-0101"), new PostFees.Payment(Fen.of(300), "R-2"));
        f.as("guard");
        assertThat(f.gate.verifyAtGate(pass.id(), new ReleaseGoods.GateCheck("张三")).status()).isEqualTo(PassStatus.USED);

        // with metered utilities, the meters are read on the day
        EstateFixture g = new EstateFixture();
        g.registerEstate("HILL", EstateFixture.scheduleWithMeters());
        g.importSmallLayout();
        g.handOver("e14-1-0101", null);
        g.clock.advance(java.time.Duration.ofDays(1));
        g.as("desk");
        assertThatThrownBy(() -> g.gate.request(g.unit("e14-1-0101"), owner(RemovalPurpose.MOVING_OUT)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.ruleId()).isEqualTo("EST-09");
                    assertThat(r.code()).isEqualTo("meters-not-read");
                });
        assertThat(g.gate.request(g.unit("e14-1-0101"), owner(RemovalPurpose.TEMPORARY)).purpose())
                .as("a temporary removal is not a move-out").isEqualTo(RemovalPurpose.TEMPORARY);
    }
}
