package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.Reading;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoveOutTest {
    private final EstateFixture f = new EstateFixture();

    private void tenantIn(boolean meters) {
        f.registerEstate("LAKE", meters ? EstateFixture.scheduleWithMeters() : EstateFixture.schedule());
        f.importSmallLayout();
        f.tenantIn("e14-1-0101");
    }

    private GoodsPassId movingOutPass() {
        var pass = f.gate.request(f.unit("e14-1-0101"), new ReleaseGoods.PassRequest("李四", Carrier.TENANT, null,
                List.of(new GoodsItem("furniture", 12)), RemovalPurpose.MOVING_OUT));
        f.gate.recordOwnerCall(pass.id(), new OwnerCall(EstateFixture.NOW, true, true, "agreed"));
        return f.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "李四")).id();
    }

    private static void refused(Runnable call, String rule, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo(rule);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    @Test
    @DisplayName("EST-06: with the pass issued, charges settled and the owner agreeing, the tenant moves out and the unit is vacant")
    void a_tenant_moves_out() {
        tenantIn(false);
        GoodsPassId pass = movingOutPass();
        var archive = f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, true,
                "air conditioner stays", EstateFixture.NOW));

        assertThat(archive.party()).isEqualTo(Party.TENANT);
        assertThat(archive.status()).isEqualTo(ArchiveStatus.MOVED_OUT);
        assertThat(archive.until()).isEqualTo(EstateFixture.TODAY);
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.VACANT);
        var newest = f.queries.occupancyHistory(f.unit("e14-1-0101"), PageRequest.first(10)).items().get(0);
        assertThat(newest.cause()).isEqualTo(OccupancyCause.TENANT_MOVE_OUT);
        assertThat(newest.reference()).contains("air conditioner stays");
        assertThat(f.gate.pass(pass).usedBy()).contains("tenant move-out");
    }

    @Test
    @DisplayName("EST-06/EST-09: no move-out without an issued goods-release pass for moving out, and a pass serves one move-out")
    void the_pass_comes_first_and_serves_once() {
        tenantIn(false);
        refused(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(null, true, null, null)),
                "EST-06", "goods-release-pass-required");
        var temporary = f.gate.request(f.unit("e14-1-0101"), new ReleaseGoods.PassRequest("张三", Carrier.OWNER,
                "110101199001011234", List.of(new GoodsItem("bike", 1)), RemovalPurpose.TEMPORARY));
        refused(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(temporary.id(), true, null,
                null)), "EST-06", "goods-release-pass-required");
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.TENANT_OCCUPIED);

        // the pass that let one tenant move out does not let the next one out
        GoodsPassId pass = movingOutPass();
        f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, true, null, null));
        f.occupants.tenantMovesIn(new io.steward.ports.estate.in.MoveIn.TenantMoveIn(f.unit("e14-1-0101"), EstateFixture.liSi(),
                "OC-2", "L-2", "SL-T2", null));
        refused(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, true, null, null)),
                "EST-06", "goods-release-pass-used");
    }

    @Test
    @DisplayName("EST-06: the meters are read on the day and every charge — their consumption included — is settled first; "
            + "if the owner does not agree, the move-out waits")
    void meters_arrears_and_the_owner() {
        tenantIn(true);
        GoodsPassId pass = movingOutPass();
        f.clock.advance(Duration.ofDays(30));
        refused(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, true, null, null)),
                "EST-06", "meters-not-read");
        f.grant("cashier", Role.CASHIER);
        f.as("cashier");
        var account = f.fees.readMeters(f.unit("e14-1-0101"), new PostFees.MeterRound(List.of(
                new PostFees.Read("WATER", Reading.of("12.000")), new PostFees.Read("POWER", Reading.of("300"))), "move-out"));
        // 12 m³ × CNY 3.50 + 300 kWh × CNY 0.62
        assertThat(account.arrears()).isEqualTo(Fen.of(4_200 + 18_600));
        f.as("desk");
        refused(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, true, null, null)),
                "EST-06", "arrears-outstanding");
        f.as("cashier");
        f.fees.pay(f.unit("e14-1-0101"), new PostFees.Payment(Fen.of(22_800), "R-9"));
        f.as("desk");
        refused(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, false, null, null)),
                "EST-06", "owner-has-not-agreed");
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.TENANT_OCCUPIED);
        f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, true, null, null));
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.VACANT);
    }

    @Test
    @DisplayName("EST-06/EST-02: a move is recorded after it happened, never before the unit's last change")
    void a_move_out_is_dated_in_order() {
        tenantIn(false);
        GoodsPassId pass = movingOutPass();
        refused(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, true, null,
                EstateFixture.NOW.plusSeconds(60))), "EST-06", "recorded-after-it-happened");
        refused(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, true, null,
                EstateFixture.NOW.minus(Duration.ofDays(3)))), "EST-06", "before-the-last-change");
    }

    @Test
    @DisplayName("EST-02: the owner moves out through its own process: OWNER_OCCUPIED → VACANT, meters read, charges settled, "
            + "the pass used once; they still own the unit")
    void the_owner_moves_out() {
        f.registerEstate("LAKE", EstateFixture.scheduleWithMeters());
        f.importSmallLayout();
        f.handOver("e14-1-0101", null);
        f.occupants.ownerMovesIn(f.unit("e14-1-0101"), null);
        f.clock.advance(Duration.ofDays(60));
        refused(() -> f.moveOut.ownerMovesOut(f.unit("e14-1-0102"), new MoveOut.OwnerMoveOut(null, null)), "EST-02",
                "owner-not-in-occupation");
        refused(() -> f.moveOut.ownerMovesOut(f.unit("e14-1-0101"), new MoveOut.OwnerMoveOut(null, null)), "EST-02",
                "meters-not-read");
        f.grant("cashier", Role.CASHIER);
        f.as("cashier");
        f.fees.readMeters(f.unit("e14-1-0101"), new PostFees.MeterRound(List.of(new PostFees.Read("WATER", Reading.of("0")),
                new PostFees.Read("POWER", Reading.of("0"))), "owner move-out"));
        f.fees.charge(f.unit("e14-1-0101"), new PostFees.Charge("REPAIR", Fen.of(1_000), null, null, "WO-3"));
        f.as("desk");
        refused(() -> f.moveOut.ownerMovesOut(f.unit("e14-1-0101"), new MoveOut.OwnerMoveOut(null, null)), "EST-02",
                "arrears-outstanding");
        f.as("cashier");
        f.fees.pay(f.unit("e14-1-0101"), new PostFees.Payment(Fen.of(1_000), "R-3"));
        f.as("desk");
        var pass = f.gate.request(f.unit("e14-1-0101"), new ReleaseGoods.PassRequest("张三", Carrier.OWNER, "110101199001011234",
                List.of(new GoodsItem("furniture", 20)), RemovalPurpose.MOVING_OUT));
        f.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "张三"));
        var archive = f.moveOut.ownerMovesOut(f.unit("e14-1-0101"), new MoveOut.OwnerMoveOut(pass.id(), null));
        assertThat(archive.status()).as("they still own it").isEqualTo(ArchiveStatus.ACTIVE);
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(f.queries.occupancyHistory(f.unit("e14-1-0101"), PageRequest.first(1)).items().get(0).cause())
                .isEqualTo(OccupancyCause.OWNER_MOVE_OUT);
        refused(() -> f.moveOut.ownerMovesOut(f.unit("e14-1-0101"), new MoveOut.OwnerMoveOut(null, null)), "EST-02",
                "owner-not-in-occupation");
        assertThat(f.gate.pass(pass.id()).usedBy()).as("the pass served this move-out").isNotBlank();
        // back in and out again: the pass served its one removal
        f.occupants.ownerMovesIn(f.unit("e14-1-0101"), null);
        refused(() -> f.moveOut.ownerMovesOut(f.unit("e14-1-0101"), new MoveOut.OwnerMoveOut(pass.id(), null)), "EST-02",
                "goods-release-pass-used");
    }

    @Test
    @DisplayName("EST-02/EST-06: a move-out recorded after it happened still needs the meters read on the day it is recorded: "
            + "an earlier date leaves no consumption unbilled")
    void a_late_move_out_needs_todays_readings() {
        f.registerEstate("LAKE", EstateFixture.scheduleWithMeters());
        f.importSmallLayout();
        f.handOver("e14-1-0101", null);
        f.occupants.ownerMovesIn(f.unit("e14-1-0101"), null);
        f.grant("cashier", Role.CASHIER);
        f.clock.advance(Duration.ofDays(60));
        f.as("cashier");
        f.fees.readMeters(f.unit("e14-1-0101"), new PostFees.MeterRound(List.of(new PostFees.Read("WATER", Reading.of("5")),
                new PostFees.Read("POWER", Reading.of("50"))), "monthly round"));
        f.fees.pay(f.unit("e14-1-0101"), new PostFees.Payment(f.queries.feeAccount(f.unit("e14-1-0101")).arrears(), "R-5"));
        f.clock.advance(Duration.ofDays(5));
        f.as("desk");
        refused(() -> f.moveOut.ownerMovesOut(f.unit("e14-1-0101"), new MoveOut.OwnerMoveOut(null,
                f.clock.instant().minus(Duration.ofDays(4)))), "EST-02", "meters-not-read");
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.OWNER_OCCUPIED);
    }
}
