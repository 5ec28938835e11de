package io.steward.domain.keys;

import static io.steward.domain.keys.KeyTestSupport.byTheOwner;
import static io.steward.domain.keys.KeyTestSupport.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.GoodsPassView;
import io.steward.ports.estate.Obligation;
import io.steward.ports.keys.KeyObligation;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.TransferView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.BrowseEstates;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §0 and EST-08: an owner or a tenant sees their own unit's records and nothing else — no other unit's, no
 * estate-wide list — and acts as no member of staff. The owner's login "zhang" holds the OWNER role of e14-1-0101 only;
 * e14-1-0102 was handed over too (the fixture's owner again, so that the only difference is the grant); each unit has
 * an entrusted key in custody, a goods pass and a transfer on record.
 */
class ResidentAccessTest {
    private final KeyFixture f = new KeyFixture();
    private final EstateFixture e = f.estate;
    private final BrowseEstates queries = e.queries;
    private UnitId mine;
    private UnitId theirs;
    private final Map<UnitId, KeyView> keys = new LinkedHashMap<>();
    private final Map<UnitId, GoodsPassView> passes = new LinkedHashMap<>();
    private final Map<UnitId, TransferView> transfers = new LinkedHashMap<>();

    @BeforeEach
    void twoUnitsWithRecords() {
        mine = f.unit("e14-1-0101");
        theirs = f.unit("e14-1-0102");
        f.unitKey("e14-1-0102", 2, CustodyReason.NOT_TAKEN_OVER);
        f.handOverWithKeys("e14-1-0102", false, 2);
        for (UnitId unit : List.of(mine, theirs)) {
            keys.put(unit, f.asThen("keys", () -> f.register.register(e.estate, new KeepKeyRegister.Registration(unit, null, null,
                    1, CustodyReason.OWNER_ENTRUSTED, byTheOwner(true)))));
            e.as("desk");
            passes.put(unit, e.gate.request(unit, new ReleaseGoods.PassRequest("张三", Carrier.OWNER, "110101199001011234",
                    List.of(new GoodsItem("sofa", 1)), RemovalPurpose.TEMPORARY)));
            transfers.put(unit, e.transfers.transfer(unit, new TransferOwnership.Transfer("粤房 2026-1", EstateFixture.TODAY,
                    wangWu(), "SL-2", Map.of(Obligation.FEE_CREDIT, Disposition.SETTLED, Obligation.OPEN_HANDOVER_DEFECTS,
                    Disposition.MOVED_TO_NEW_OWNER, KeyObligation.ENTRUSTED_KEYS, Disposition.MOVED_TO_NEW_OWNER), null, null)));
        }
        e.as("pm");
        e.staff.grant(RoleGrant.resident("zhang", e.estate, Role.OWNER, mine.value()));
        e.as("zhang");
    }

    private static PersonalData wangWu() {
        return new PersonalData("王五", "13500135000", "13400134000", "440101198505051234", LocalDate.of(1985, 5, 5));
    }

    /** Every read of one unit's own records, by the unit. */
    private Map<String, Function<UnitId, Object>> unitReads() {
        Map<String, Function<UnitId, Object>> reads = new LinkedHashMap<>();
        reads.put("unit", queries::unit);
        reads.put("occupancy history", u -> queries.occupancyHistory(u, PageRequest.first(10)));
        reads.put("handovers of the unit", queries::handoversOf);
        reads.put("a handover", u -> queries.handover(asStaff(() -> queries.handoversOf(u)).get(0).id()));
        reads.put("archives of the unit", queries::archivesOf);
        reads.put("an archive", u -> e.privacy.read(asStaff(() -> queries.archivesOf(u)).get(0).id()));
        reads.put("fee account", queries::feeAccount);
        reads.put("keys of the unit", f.browse::keysOfUnit);
        reads.put("a key", u -> f.browse.key(keys.get(u).id()));
        reads.put("a key's history", u -> f.browse.history(keys.get(u).id()));
        reads.put("goods passes of the unit", e.gate::passesOf);
        reads.put("a goods pass", u -> e.gate.pass(passes.get(u).id()));
        reads.put("transfers of the unit", e.transfers::ofUnit);
        reads.put("a transfer", u -> e.transfers.find(transfers.get(u).id()));
        return reads;
    }

    private <T> T asStaff(java.util.function.Supplier<T> read) {
        return f.asThen("desk", read);
    }

    @Test
    @DisplayName("EST-08: an owner reads every record of their own unit, masked like everyone without the grant, and none "
            + "of another unit: each route is told 'not found'")
    void an_owner_reads_their_own_unit_and_no_other() {
        unitReads().forEach((route, read) -> {
            assertThat(read.apply(mine)).as(route).isNotNull();
            assertThatThrownBy(() -> read.apply(theirs)).as(route).isInstanceOf(NotFound.class);
        });
        assertThat(queries.archivesOf(mine)).allSatisfy(a -> assertThat(a.masked()).isTrue());
        assertThat(e.privacy.read(queries.archivesOf(mine).get(0).id()).person().idNumber()).doesNotContain("19900101");
        assertThat(queries.handoversOf(mine)).extracting(h -> h.ownerName()).containsOnly("张*");
        assertThat(f.browse.key(keys.get(mine).id()).entrustedBy()).isEqualTo("张*");
        assertThat(f.browse.history(keys.get(mine).id())).extracting(m -> m.party()).containsOnly("张*");
        assertThat(e.gate.pass(passes.get(mine).id()).carrierName()).isEqualTo("张*");
        assertThat(e.gate.passesOf(mine)).extracting(GoodsPassView::carrierName).containsOnly("张*");
        assertThat(e.transfers.find(transfers.get(mine).id()).newOwnerName()).isEqualTo("王*");
    }

    @Test
    @DisplayName("EST-08: an owner sees no estate-wide record — units, counts, layout, key register, census, incidents, "
            + "approvals, audit — and the estates list does not show the estate")
    void an_owner_sees_nothing_estate_wide() {
        var estate = e.estate;
        List<Runnable> estateWide = List.of(
                () -> queries.estate(estate),
                () -> queries.units(estate, null, null, PageRequest.first(10)),
                () -> queries.occupancyCounts(estate),
                () -> queries.buildings(estate),
                () -> queries.facilities(estate),
                () -> queries.handoverSummary(estate, EstateFixture.TODAY, EstateFixture.TODAY),
                () -> queries.audit(estate, PageRequest.first(10)),
                () -> f.browse.registerOf(estate),
                () -> f.browse.keysOf(estate, null, PageRequest.first(10)),
                () -> f.browse.overdue(estate),
                () -> e.census.censuses(estate),
                () -> e.incidents.incidents(estate, PageRequest.first(10)),
                () -> e.approvals.approvals(estate, null, PageRequest.first(10)),
                () -> f.emergency.ofUnit(mine));
        for (int i = 0; i < estateWide.size(); i++) {
            assertThatThrownBy(estateWide.get(i)::run).as("estate-wide read #" + i).isInstanceOf(NotFound.class);
        }
        assertThat(queries.estates(PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    @DisplayName("EST-08: a resident's role acts as no member of staff, even on their own unit")
    void an_owner_acts_as_no_staff() {
        List<Runnable> acts = List.of(
                () -> e.fees.pay(mine, new PostFees.Payment(Fen.of(100), "R-9")),
                () -> e.fees.charge(mine, new PostFees.Charge("REPAIR", Fen.of(100), null, null, "x")),
                () -> e.gate.request(mine, new ReleaseGoods.PassRequest("张三", Carrier.OWNER, "110101199001011234",
                        List.of(new GoodsItem("sofa", 1)), RemovalPurpose.TEMPORARY)),
                () -> e.occupants.ownerMovesIn(mine, null),
                () -> e.desk.start(mine),
                () -> e.census.open(e.estate, YearMonth.of(2026, 3)),
                () -> f.moves.collect(keys.get(mine).id(), new io.steward.ports.keys.in.MoveKeys.Collection("张三",
                        "110101199001011234", "张三")));
        for (int i = 0; i < acts.size(); i++) {
            assertThatThrownBy(acts.get(i)::run).as("act #" + i).isInstanceOf(NotFound.class);
        }
        assertThat(e.gate.passesOf(mine)).hasSize(1);
    }

    @Test
    @DisplayName("EST-08: the project manager grants a resident's role for one unit of the estate, to its resident: an owner "
            + "for a unit handed over, a tenant for a unit with a tenant; the front desk grants none")
    void a_residents_role_is_granted_for_a_unit_with_such_a_resident() {
        e.as("pm");
        refused(() -> e.staff.grant(RoleGrant.resident("li", e.estate, Role.TENANT, mine.value())), "EST-08", "no-such-resident");
        refused(() -> e.staff.grant(RoleGrant.resident("x", e.estate, Role.OWNER, f.unit("e14-2-0101").value())), "EST-08",
                "no-such-resident");
        assertThatThrownBy(() -> e.staff.grant(RoleGrant.resident("x", io.steward.ports.shared.EstateId.newId(), Role.OWNER,
                mine.value()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RoleGrant.of("x", e.estate, Role.OWNER)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new RoleGrant("x", e.estate, Role.FRONT_DESK, mine.value())).isInstanceOf(InvalidInput.class);
        e.as("desk");
        assertThatThrownBy(() -> e.staff.grant(RoleGrant.resident("x", e.estate, Role.OWNER, mine.value())))
                .isInstanceOf(AccessDenied.class);
        assertThat(e.memory.roles.residentsOf(mine.value())).extracting(RoleGrant::actorId).containsExactly("zhang");
    }

    @Test
    @DisplayName("EST-08: the owner's role ends with the transfer of the unit, the tenant's with their move-out, as the system")
    void a_residents_role_ends_with_the_residence() {
        // the second unit's transfer is cancelled, its owner collects the key they entrusted, a tenant moves in and is
        // given their role
        e.as("desk");
        e.transfers.cancel(transfers.get(theirs).id(), "not now");
        f.asThen("keys", () -> f.moves.collect(keys.get(theirs).id(), new io.steward.ports.keys.in.MoveKeys.Collection("张三",
                "110101199001011234", "张三")));
        e.as("desk");
        e.occupants.tenantMovesIn(new io.steward.ports.estate.in.MoveIn.TenantMoveIn(theirs, EstateFixture.liSi(), "OC-1", "L-1",
                "SL-T1", null));
        e.as("pm");
        e.staff.grant(RoleGrant.resident("li", e.estate, Role.TENANT, theirs.value()));
        e.as("li");
        assertThat(queries.unit(theirs).code()).isEqualTo("e14-1-0102");
        assertThatThrownBy(() -> queries.unit(mine)).isInstanceOf(NotFound.class);

        // the tenant moves out on a pass the owner agreed to
        e.as("desk");
        GoodsPassView pass = e.gate.request(theirs, new ReleaseGoods.PassRequest("李四", Carrier.TENANT, null,
                List.of(new GoodsItem("boxes", 3)), RemovalPurpose.MOVING_OUT));
        e.gate.recordOwnerCall(pass.id(), new io.steward.ports.estate.OwnerCall(EstateFixture.NOW, true, true, "fine"));
        e.gate.sign(pass.id(), new ReleaseGoods.Signatures("张三", "李四"));
        e.moveOut.tenantMovesOut(theirs, new MoveOut.TenantMoveOut(pass.id(), true, null, null));
        e.as("li");
        assertThatThrownBy(() -> queries.unit(theirs)).isInstanceOf(NotFound.class);

        // 张三's unit changes hands: the transfer recorded before is completed by the cashier
        f.asThen("cashier", () -> e.transfers.recordPrepayment(transfers.get(mine).id(),
                new TransferOwnership.Prepayment(transfers.get(mine).prepaymentRequired(), "R-T1")));
        e.as("zhang");
        assertThatThrownBy(() -> queries.unit(mine)).isInstanceOf(NotFound.class);
        assertThat(e.memory.roles.residentsOf(mine.value())).isEmpty();
        assertThat(e.memory.roles.residentsOf(theirs.value())).isEmpty();
        assertThat(e.memory.audit.ofObject("person", "zhang", PageRequest.first(10)).items())
                .anySatisfy(a -> assertThat(a.actor()).isEqualTo("system"));
    }
}
