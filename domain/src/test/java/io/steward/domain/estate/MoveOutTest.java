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
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoveOutTest {
    private final EstateFixture f = new EstateFixture();
    private static final List<MoveOut.MeterReading> METERS = List.of(new MoveOut.MeterReading("water", "0123.4"),
            new MoveOut.MeterReading("power", "5678"));

    @BeforeEach
    void estate() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
        f.tenantIn("e14-1-0101");
    }

    private GoodsPassId movingOutPass() {
        var pass = f.gate.request(f.unit("e14-1-0101"), new ReleaseGoods.PassRequest("李四", Carrier.TENANT,
                List.of(new GoodsItem("furniture", 12)), RemovalPurpose.MOVING_OUT));
        f.gate.recordOwnerCall(pass.id(), new OwnerCall(EstateFixture.NOW, true, true, "agreed"));
        return f.gate.sign(pass.id(), new ReleaseGoods.Signatures("desk", "张三", "李四")).id();
    }

    private static Refusal est06(Refusal r) {
        assertThat(r.ruleId()).isEqualTo("EST-06");
        return r;
    }

    @Test
    @DisplayName("EST-06: with the pass issued, meters read, charges settled and the owner agreeing, the tenant moves out and the unit is vacant")
    void a_tenant_moves_out() {
        GoodsPassId pass = movingOutPass();
        var archive = f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, METERS, true,
                "air conditioner stays", EstateFixture.NOW));

        assertThat(archive.party()).isEqualTo(Party.TENANT);
        assertThat(archive.status()).isEqualTo(ArchiveStatus.MOVED_OUT);
        assertThat(archive.until()).isEqualTo(EstateFixture.TODAY);
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.VACANT);
        var last = f.queries.occupancyHistory(f.unit("e14-1-0101"), PageRequest.first(10)).items();
        assertThat(last).anySatisfy(c -> {
            assertThat(c.cause()).isEqualTo(OccupancyCause.TENANT_MOVE_OUT);
            assertThat(c.reference()).contains("water=0123.4", "air conditioner stays");
        });
    }

    @Test
    @DisplayName("EST-06: no move-out without an issued goods-release pass for moving out (EST-09 first)")
    void the_pass_comes_first() {
        assertThatThrownBy(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(null, METERS, true,
                null, null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(est06(r).code()).isEqualTo("goods-release-pass-required"));
        var temporary = f.gate.request(f.unit("e14-1-0101"), new ReleaseGoods.PassRequest("李四", Carrier.OWNER,
                List.of(new GoodsItem("bike", 1)), RemovalPurpose.TEMPORARY));
        assertThatThrownBy(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(temporary.id(), METERS,
                true, null, null))).isInstanceOf(Refusal.class);
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.TENANT_OCCUPIED);
    }

    @Test
    @DisplayName("EST-06: meters are read and every charge settled first; if the owner does not agree, the move-out waits")
    void meters_arrears_and_the_owner() {
        GoodsPassId pass = movingOutPass();
        assertThatThrownBy(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, List.of(), true,
                null, null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(est06(r).code()).isEqualTo("meters-not-read"));
        assertThatThrownBy(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, METERS, false,
                null, null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(est06(r).code()).isEqualTo("owner-has-not-agreed"));

        f.as("cashier");
        f.fees.charge(f.unit("e14-1-0101"), new PostFees.Charge("POWER", Fen.of(9_900), null, null, "final reading"));
        f.as("desk");
        assertThatThrownBy(() -> f.moveOut.tenantMovesOut(f.unit("e14-1-0101"), new MoveOut.TenantMoveOut(pass, METERS, true,
                null, null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(est06(r).code()).isEqualTo("arrears-outstanding"));
        assertThat(f.queries.unit(f.unit("e14-1-0101")).occupancy()).isEqualTo(Occupancy.TENANT_OCCUPIED);
    }
}
