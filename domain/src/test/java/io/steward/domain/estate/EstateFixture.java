package io.steward.domain.estate;

import io.steward.adapter.memory.InMemory;
import io.steward.domain.assembly.Steward;
import io.steward.domain.deposits.DepositStore;
import io.steward.domain.emergency.EmergencyStore;
import io.steward.domain.parking.ParkingStore;
import io.steward.domain.keys.KeyStore;
import io.steward.ports.emergency.in.ReportIncidents;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.EstateView;
import io.steward.ports.estate.FeeBasis;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.Reading;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.estate.in.BrowseEstates;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.ImportOwnerRoster;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.shared.in.Approve;
import io.steward.ports.shared.in.AssignRoles;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** The estate context wired on the in-memory adapter, with a fixed clock and a caller that tests switch. */
public final class EstateFixture {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = LocalDate.of(2026, 3, 16).atTime(10, 0).atZone(SHANGHAI).toInstant();
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    public final InMemory memory = new InMemory();
    public final AtomicReference<Actor> caller = new AtomicReference<>(new Actor("gm", "Company GM"));
    public final TestClock clock = new TestClock(NOW, SHANGHAI);
    public final EstateStore store = new EstateStore(memory.estates, memory.layouts, memory.units, memory.history, memory.roster,
            memory.archives, memory.handovers, memory.ledger, memory.passes, memory.censuses, memory.meters, memory.transfers);
    public final KeyStore keyStore = new KeyStore(memory.keyRegisters, memory.keys, memory.keyMovements, memory.forcedEntries);
    /** The whole domain, wired by the one assembly, with its policies between contexts. */
    public final Steward steward = new Steward(new Steward.Infrastructure(memory.transactions, memory.audit, memory.events, clock,
            caller::get, memory.roles, memory.approvals), store, keyStore, new EmergencyStore(memory.incidents),
            new DepositStore(memory.deposits, memory.depositLedger), new ParkingStore(memory.parkingRentals, memory.priceLists),
            new io.steward.domain.renovation.RenovationStore(memory.renovations));
    public final RegisterEstate registry = steward.registerEstate();
    public final ImportLayout layout = steward.importLayout();
    public final ImportOwnerRoster roster = steward.importOwnerRoster();
    public final HandOverUnit desk = steward.handOverUnit();
    public final MoveIn occupants = steward.moveIn();
    public final MoveOut moveOut = steward.moveOut();
    public final PostFees fees = steward.postFees();
    public final AccessOwnerData privacy = steward.accessOwnerData();
    public final Approve approvals = steward.approve();
    public final BrowseEstates queries = steward.browseEstates();
    public final AssignRoles staff = steward.assignRoles();
    public final ReleaseGoods gate = steward.releaseGoods();
    public final TransferOwnership transfers = steward.transferOwnership();
    public final OccupancyCensus census = steward.occupancyCensus();
    public final ReportIncidents incidents = steward.reportIncidents();

    public EstateId estate;

    /** A clock that stands still until a test moves it on. */
    public static final class TestClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        TestClock(Instant start, ZoneId zone) {
            this.now = new AtomicReference<>(start);
            this.zone = zone;
        }

        public void advance(java.time.Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new TestClock(now.get(), z);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    public EstateFixture() {
        memory.roles.grant(RoleGrant.companyWide("gm", Role.COMPANY_GM));
    }

    /** Management fee CNY 2.50 per m² a month on homes, CNY 30 a month of waste removal on every unit. */
    public static List<FeeItem> schedule() {
        return List.of(
                new FeeItem("MGMT", "物业管理费", FeeBasis.PER_SQUARE_METRE_MONTH, Fen.of(250), Set.of(UnitKind.RESIDENCE, UnitKind.VILLA),
                        FeeCategory.MANAGEMENT, null),
                new FeeItem("WASTE", "垃圾清运费", FeeBasis.PER_UNIT_MONTH, Fen.of(3000), Set.of(), FeeCategory.SERVICE, null));
    }

    /** The schedule with water (CNY 3.50 a m³) and electricity (CNY 0.62 a kWh) billed by meter. */
    public static List<FeeItem> scheduleWithMeters() {
        List<FeeItem> fees = new ArrayList<>(schedule());
        fees.add(new FeeItem("WATER", "水费", FeeBasis.METERED, Fen.of(350), Set.of(), FeeCategory.UTILITY, "m³"));
        fees.add(new FeeItem("POWER", "电费", FeeBasis.METERED, Fen.of(62), Set.of(), FeeCategory.UTILITY, "kWh"));
        return List.copyOf(fees);
    }

    public EstateView registerEstate(String code) {
        return registerEstate(code, schedule());
    }

    /** The policy the fixture registers its estates with. */
    public EstatePolicy policy = EstatePolicy.DEFAULT;

    public EstateView registerEstate(String code, List<FeeItem> fees) {
        as("gm");
        EstateView view = registry.register(new RegisterEstate.Registration(code, "Garden " + code, "Asia/Shanghai", fees,
                policy));
        estate = view.id();
        return view;
    }

    /** Building e14 with entrances 1 and 2, four residences per entrance on floors 1-2. */
    public void importSmallLayout() {
        as("gm");
        List<UnitSpec> units = new ArrayList<>();
        for (String entrance : List.of("1", "2")) {
            for (int floor = 1; floor <= 2; floor++) {
                for (int n = 1; n <= 2; n++) {
                    units.add(new UnitSpec(new UnitAddress(null, "e14", entrance, floor, String.format("%02d%02d", floor, n)),
                            UnitKind.RESIDENCE, Area.squareMetres("89.50")));
                }
            }
        }
        layout.importLayout(new ImportLayout.Layout(estate, List.of(new BuildingSpec("e14", null, "Building E14", List.of("1", "2"))),
                units, List.of()));
        roster.importRoster(new ImportOwnerRoster.Roster(estate, List.of(
                new ImportOwnerRoster.Line("e14-1-0101", "张三", "110101199001011234", "HT-2026-0001"))));
    }

    /** Every meter of the estate's schedule at zero: what the joint inspection reads in the fixture's new units. */
    public List<PostFees.Read> meterBaseline() {
        return memory.estates.find(estate).orElseThrow().fees().stream().filter(FeeItem::metered)
                .map(i -> new PostFees.Read(i.code(), Reading.of("0"))).toList();
    }

    /** Adds the unit to the developer's roster as 张三's, so that a fixture handover of it can verify the owner. */
    public void onTheRoster(String unitCode) {
        Actor before = caller.get();
        as("gm");
        roster.importRoster(new ImportOwnerRoster.Roster(estate, List.of(
                new ImportOwnerRoster.Line(unitCode, "张三", "110101199001011234", "HT-2026-0001"))));
        caller.set(before);
    }

    public UnitId unit(String code) {
        return memory.units.findByCode(estate, code).orElseThrow().id();
    }

    public void grant(String actor, Role... roles) {
        for (Role r : roles) {
            memory.roles.grant(RoleGrant.of(actor, estate, r));
        }
    }

    public void as(String actor) {
        caller.set(new Actor(actor, actor));
    }

    public static PersonalData liSi() {
        return new PersonalData("李四", "13700137000", "13600136000", "310101199202021234", null);
    }

    /** Estate LAKE with building e14, unit e14-1-0101 handed over to 张三, and a guard on the gate. */
    public void lakeWithUnitHandedOver() {
        registerEstate("LAKE");
        importSmallLayout();
        handOver("e14-1-0101", null);
        grant("guard", io.steward.ports.shared.Role.SECURITY);
    }

    /** Hands the unit over and moves a tenant in. */
    public void tenantIn(String unitCode) {
        handOver(unitCode, null);
        occupants.tenantMovesIn(new io.steward.ports.estate.in.MoveIn.TenantMoveIn(unit(unitCode), liSi(), "OC-1", "LEASE-1",
                "SL-T1", NOW));
    }

    public static PersonalData zhangSan() {
        return new PersonalData("张三", "13800138000", "13900139000", "110101199001011234", LocalDate.of(1990, 1, 1));
    }

    /**
     * Runs EST-04 up to (but not including) {@code stopBefore}; a null stop runs it to completion. The joint inspection
     * finds one defect and the owner agrees to leave a key for rectification.
     */
    public HandoverView handOver(String unitCode, Class<? extends HandOverUnit.Step> stopBefore) {
        return handOver(unitCode, stopBefore, true);
    }

    /** As {@link #handOver(String, Class)}, the owner agreeing to leave a key for rectification or not. */
    public HandoverView handOver(String unitCode, Class<? extends HandOverUnit.Step> stopBefore, boolean keepRectificationKey) {
        grant("desk", Role.FRONT_DESK);
        grant("cashier", Role.CASHIER);
        as("desk");
        HandoverView h = desk.start(unit(unitCode));
        List<HandOverUnit.Step> steps = List.of(
                new HandOverUnit.VerifyIdentity("张三", "110101199001011234", "HT-2026-0001"),
                new HandOverUnit.CollectDocuments(List.of("ID copy", "purchase contract copy")),
                new HandOverUnit.FillArchive(zhangSan()),
                new HandOverUnit.SignSafetyLetter("SL-0001"),
                new HandOverUnit.ComputeFees(null, null),
                new HandOverUnit.RecordPayment(Fen.of(152_250), "R-0001"),
                new HandOverUnit.RecordInspection(List.of(new HandOverUnit.DefectFound("kitchen", "cracked tile")),
                        keepRectificationKey, meterBaseline()),
                new HandOverUnit.HandOverKeys(2, true, true, List.of(), "张三"));
        for (HandOverUnit.Step step : steps) {
            if (step.getClass() == stopBefore) {
                break;
            }
            as(step instanceof HandOverUnit.RecordPayment ? "cashier" : "desk");
            h = desk.perform(h.id(), step);
        }
        as("desk");
        return h;
    }
}
