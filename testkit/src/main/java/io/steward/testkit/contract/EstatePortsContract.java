package io.steward.testkit.contract;

import io.steward.ports.estate.out.CensusState;
import io.steward.ports.estate.out.GoodsPassState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.FacilityKind;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.FeeTotals;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.PeriodFee;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.Reading;
import io.steward.ports.estate.TransferCredit;
import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.TransferStage;
import io.steward.ports.estate.out.MeterReading;
import io.steward.ports.estate.out.TransferState;
import io.steward.ports.estate.out.RosterEntry;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.StoreConflict;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The behaviour every implementation of the estate context's out-ports must show. */
public abstract class EstatePortsContract extends AdaptersContract {
    private EstateState estate;

    @BeforeEach
    void estate() {
        estate = newEstate();
    }

    @Test
    @DisplayName("Estates: round trip of every field, version starts at 1, lookup by code")
    void estates_round_trip() {
        EstateState stored = a.estates().find(estate.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(estate);
        assertThat(a.estates().findByCode(estate.code())).contains(stored);
        // every page of the list, not the first: a database that outlives runs holds the estates of earlier ones
        java.util.List<io.steward.ports.shared.EstateId> listed = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var items = a.estates().list(new PageRequest(page, PageRequest.MAX_SIZE));
            items.items().forEach(e -> listed.add(e.id()));
            if (!items.hasNext()) {
                break;
            }
        }
        assertThat(listed).contains(estate.id()).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("Estates: a stale version is refused, a taken code is a conflict")
    void estates_optimistic_locking_and_unique_code() {
        EstateState v1 = a.estates().find(estate.id()).orElseThrow();
        tx(() -> a.estates().save(new EstateState(v1.id(), v1.code(), "renamed", v1.zone(), v1.fees(), v1.policy(), 1)));
        assertThatThrownBy(() -> tx(() -> a.estates().save(v1))).isInstanceOf(ConcurrentUpdate.class);
        EstateState other = Samples.estate();
        refusedAs(() -> tx(() -> a.estates().save(new EstateState(other.id(), estate.code(), "x", "Asia/Shanghai",
                List.of(), other.policy(), 0))), StoreConflict.DUPLICATE);
        assertThat(a.estates().find(estate.id()).orElseThrow().name()).isEqualTo("renamed");
    }

    @Test
    @DisplayName("State: every versioned save answers the state as stored, with its new version — what a read answers")
    void a_save_answers_what_it_stored() {
        EstateState e = Samples.estate();
        EstateState storedEstate = tx(() -> a.estates().save(e));
        assertThat(storedEstate.version()).isEqualTo(1);
        assertThat(a.estates().find(e.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(storedEstate);

        UnitId unit = newUnit(estate.id());
        UnitState u = a.units().find(unit).orElseThrow();
        UnitState storedUnit = tx(() -> a.units().save(new UnitState(u.id(), u.estate(), u.address(), u.kind(), u.area(),
                Occupancy.VACANT, "found empty", u.version())));
        assertThat(storedUnit.version()).isEqualTo(u.version() + 1);
        assertThat(a.units().find(unit).orElseThrow()).usingRecursiveComparison().isEqualTo(storedUnit);

        HandoverState h = Samples.handover(estate.id(), unit);
        HandoverState storedHandover = tx(() -> a.handovers().save(h));
        assertThat(storedHandover.version()).isEqualTo(1);
        assertThat(a.handovers().find(h.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(storedHandover);

        ArchiveState archive = Samples.archive(estate.id(), unit);
        ArchiveState storedArchive = tx(() -> a.archives().save(archive));
        assertThat(a.archives().find(archive.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(storedArchive);

        GoodsPassState pass = Samples.pass(estate.id(), unit, Samples.AT);
        GoodsPassState storedPass = tx(() -> a.passes().save(pass));
        assertThat(a.passes().find(pass.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(storedPass);
    }

    @Test
    @DisplayName("Layouts: buildings with their entrances and facilities are kept per estate")
    void layouts() {
        tx(() -> {
            a.layouts().addBuildings(estate.id(), List.of(new BuildingSpec("e14", "A", "E14", List.of("1", "2"))));
            a.layouts().addFacilities(estate.id(), List.of(new Facility("PUMP", "Pumps", FacilityKind.PLANT_ROOM, "e14"),
                    new Facility("GATE", "Gate", FacilityKind.SECURITY_SYSTEM, null)));
        });
        assertThat(a.layouts().buildings(estate.id())).containsExactly(new BuildingSpec("e14", "A", "E14", List.of("1", "2")));
        assertThat(a.layouts().facilities(estate.id())).extracting(Facility::code).containsExactly("GATE", "PUMP");
        assertThat(a.layouts().buildings(EstateId.newId())).isEmpty();
    }

    @Test
    @DisplayName("Units: bulk insert, lookup by id and code, pages ordered by code, filters and counts")
    void units() {
        List<UnitState> units = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            units.add(Samples.unit(estate.id(), i % 2 == 0 ? "e2" : "e1", String.format("03%02d", i)));
        }
        tx(() -> a.units().insertAll(units));
        UnitState first = units.get(0);
        assertThat(a.units().find(first.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("version").isEqualTo(first);
        assertThat(a.units().find(first.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(a.units().findByCode(estate.id(), first.code())).map(UnitState::id).contains(first.id());

        var page = a.units().list(estate.id(), null, null, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items()).extracting(UnitState::code).containsExactly("A/e1-1-0307", "A/e2-1-0302", "A/e2-1-0304");
        assertThat(a.units().list(estate.id(), "e1", Occupancy.NOT_TAKEN_OVER, PageRequest.first(10)).total()).isEqualTo(4);
        assertThat(a.units().list(estate.id(), null, Occupancy.VACANT, PageRequest.first(10)).total()).isZero();
        assertThat(a.units().codes(estate.id())).hasSize(7).contains("A/e1-1-0301");
        assertThat(a.units().occupancies(estate.id(), List.of("A/e1-1-0301", "A/e2-1-0302", "A/e9-9-9999")))
                .containsOnly(java.util.Map.entry("A/e1-1-0301", Occupancy.NOT_TAKEN_OVER),
                        java.util.Map.entry("A/e2-1-0302", Occupancy.NOT_TAKEN_OVER));
        assertThat(a.units().occupancies(io.steward.ports.shared.EstateId.newId(), List.of("A/e1-1-0301"))).isEmpty();
        assertThat(a.units().countByOccupancy(estate.id())).containsEntry(Occupancy.NOT_TAKEN_OVER, 7L);
    }

    @Test
    @DisplayName("Units: a taken code refuses the whole batch; a stale write is refused")
    void units_conflicts() {
        UnitState u = Samples.unit(estate.id(), "e1", "0101");
        tx(() -> a.units().insertAll(List.of(u)));
        UnitState again = Samples.unit(estate.id(), "e1", "0101");
        UnitState fresh = Samples.unit(estate.id(), "e1", "0102");
        refusedAs(() -> tx(() -> a.units().insertAll(List.of(fresh, again))), StoreConflict.DUPLICATE);
        assertThat(a.units().find(fresh.id())).isEmpty();

        UnitState v1 = a.units().find(u.id()).orElseThrow();
        UnitState vacant = new UnitState(v1.id(), v1.estate(), v1.address(), v1.kind(), v1.area(), Occupancy.VACANT, "n", 1);
        tx(() -> a.units().save(vacant));
        assertThat(a.units().find(u.id()).orElseThrow().occupancy()).isEqualTo(Occupancy.VACANT);
        assertThatThrownBy(() -> tx(() -> a.units().save(vacant))).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    @DisplayName("Transactions: a unit of work that fails leaves nothing written")
    void failed_work_leaves_nothing() {
        UnitState u = Samples.unit(estate.id(), "e9", "0101");
        assertThatThrownBy(() -> tx(() -> {
            a.units().insertAll(List.of(u));
            a.history().append(List.of(new OccupancyChange(u.id(), estate.id(), null, Occupancy.NOT_TAKEN_OVER,
                    OccupancyCause.REGISTERED, null, "t", Samples.AT)));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(a.units().find(u.id())).isEmpty();
        assertThat(a.history().ofUnit(u.id(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    @DisplayName("EST-02 occupancy history: appended lines come back newest first, paged; by estate and period for EST-03")
    void history() {
        UnitId unit = newUnit(estate.id());
        List<OccupancyChange> changes = List.of(
                new OccupancyChange(unit, estate.id(), null, Occupancy.NOT_TAKEN_OVER, OccupancyCause.REGISTERED, null, "gm", Samples.AT),
                new OccupancyChange(unit, estate.id(), Occupancy.NOT_TAKEN_OVER, Occupancy.VACANT, OccupancyCause.HANDOVER, "h1", "desk",
                        Samples.AT.plusSeconds(60)),
                new OccupancyChange(unit, estate.id(), Occupancy.VACANT, Occupancy.OWNER_OCCUPIED, OccupancyCause.MOVE_IN, null, "desk",
                        Samples.AT.plusSeconds(120)));
        tx(() -> a.history().append(changes));
        List<OccupancyChange> newestFirst = new java.util.ArrayList<>(changes);
        java.util.Collections.reverse(newestFirst);
        assertThat(a.history().ofUnit(unit, PageRequest.first(10)).items()).containsExactlyElementsOf(newestFirst);
        assertThat(a.history().ofUnit(unit, new PageRequest(1, 2)).items()).containsExactly(changes.get(0));
        // EST-03: the changes of an estate in a period, from inclusive, to exclusive
        assertThat(a.history().ofEstate(estate.id(), Samples.AT.plusSeconds(60), Samples.AT.plusSeconds(120)))
                .containsExactly(changes.get(1));
        assertThat(a.history().ofEstate(EstateId.newId(), Samples.AT, Samples.AT.plusSeconds(600))).isEmpty();
    }

    @Test
    @DisplayName("EST-09 goods-release passes: round trip with items, owner call and signatures; by unit, oldest first; optimistic locking")
    void goods_passes() {
        UnitId unit = newUnit(estate.id());
        GoodsPassState first = Samples.pass(estate.id(), unit, Samples.AT);
        GoodsPassState second = Samples.pass(estate.id(), unit, Samples.AT.plusSeconds(60));
        tx(() -> {
            a.passes().save(second);
            a.passes().save(first);
        });
        assertThat(a.passes().find(first.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("version").isEqualTo(first);
        assertThat(a.passes().ofUnit(unit)).extracting(GoodsPassState::id).containsExactly(first.id(), second.id());
        assertThat(a.passes().find(first.id()).orElseThrow().version()).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> a.passes().save(first))).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    @DisplayName("EST-03 census rounds: round and lines round trip; lines by code, paged, unchecked only; by estate, "
            + "oldest month first; optimistic locking")
    void censuses() {
        CensusState april = Samples.census(estate.id(), LocalDate.of(2026, 4, 1));
        CensusState march = Samples.census(estate.id(), LocalDate.of(2026, 3, 1));
        UnitState one = Samples.unit(estate.id(), "c", "0101");
        UnitState two = Samples.unit(estate.id(), "c", "0102");
        tx(() -> a.units().insertAll(List.of(one, two)));
        CensusLine found = Samples.censusLine(one.id(), one.code());
        CensusLine open = new CensusLine(two.id(), two.code(), Occupancy.VACANT, null, null, null, null, null, null);
        CensusState marchOfTwo = new CensusState(march.id(), march.estate(), march.month(), march.checkBy(), march.reportBy(),
                2, 1, 1, march.report(), march.signedBy(), march.signedAt(), march.copiedTo(), 0);
        CensusState[] stored = new CensusState[1];
        tx(() -> {
            a.censuses().save(april, List.of());
            stored[0] = a.censuses().save(marchOfTwo, List.of(open, found));
        });
        assertThat(stored[0]).isEqualTo(marchOfTwo.withVersion(1));
        assertThat(a.censuses().find(march.id())).contains(stored[0]);
        assertThat(a.censuses().lines(march.id())).containsExactly(found, open);
        assertThat(a.censuses().lines(march.id(), List.of(two.code(), "no-such-unit", two.code()))).containsExactly(open);
        assertThat(a.censuses().lines(march.id(), true, PageRequest.first(10)).items()).containsExactly(open);
        Page<CensusLine> second = a.censuses().lines(march.id(), false, new PageRequest(1, 1));
        assertThat(second.items()).containsExactly(open);
        assertThat(second.total()).isEqualTo(2);
        assertThat(a.censuses().lines(april.id())).isEmpty();
        assertThat(a.censuses().ofEstate(estate.id())).extracting(CensusState::month)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> tx(() -> a.censuses().save(marchOfTwo, List.of()))).isInstanceOf(ConcurrentUpdate.class);

        // a change stores the round with the lines it changed, and leaves the others as they were
        CensusLine checked = new CensusLine(two.id(), two.code(), Occupancy.VACANT, Occupancy.VACANT, "guard", Samples.AT,
                "", null, null);
        tx(() -> a.censuses().save(stored[0], List.of(checked)));
        assertThat(a.censuses().lines(march.id())).containsExactly(found, checked);
        assertThat(a.censuses().find(march.id()).orElseThrow().version()).isEqualTo(2);
        // a refused round keeps its lines: the stale write changes none of them
        CensusLine again = new CensusLine(two.id(), two.code(), Occupancy.VACANT, Occupancy.OFFICE, "guard", Samples.AT,
                "", null, null);
        assertThatThrownBy(() -> tx(() -> a.censuses().save(stored[0], List.of(again)))).isInstanceOf(ConcurrentUpdate.class);
        assertThat(a.censuses().lines(march.id(), List.of(two.code()))).containsExactly(checked);
    }

    @Test
    @DisplayName("Census rounds: a round of a 20 000-unit estate stores every line; a batch reads and rewrites its own (EST-01 scale)")
    void census_of_a_large_estate() {
        CensusState round = Samples.census(estate.id(), LocalDate.of(2026, 5, 1));
        List<UnitState> units = new java.util.ArrayList<>();
        List<CensusLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            UnitState u = Samples.unit(estate.id(), String.format("L%02d", i / 1000), String.format("%04d", i % 1000));
            units.add(u);
            lines.add(new CensusLine(u.id(), u.code(), Occupancy.VACANT, null, null, null, null, null, null));
        }
        tx(() -> a.units().insertAll(units));
        CensusState big = new CensusState(round.id(), round.estate(), round.month(), round.checkBy(), round.reportBy(),
                20_000, 0, 0, null, null, null, Set.of(), 0);
        CensusState[] stored = new CensusState[1];
        tx(() -> stored[0] = a.censuses().save(big, lines));
        assertThat(a.censuses().lines(big.id())).hasSize(20_000).last().isEqualTo(lines.stream()
                .max(java.util.Comparator.comparing(CensusLine::code)).orElseThrow());
        List<String> batch = List.of(lines.get(7).code(), lines.get(19_999).code());
        List<CensusLine> read = a.censuses().lines(big.id(), batch);
        assertThat(read).extracting(CensusLine::code).containsExactlyInAnyOrderElementsOf(batch);
        List<CensusLine> checked = read.stream().map(l -> new CensusLine(l.unit(), l.code(), l.registered(), Occupancy.OFFICE,
                "guard", Samples.AT, "", null, null)).toList();
        tx(() -> a.censuses().save(stored[0], checked));
        assertThat(a.censuses().lines(big.id(), true, PageRequest.first(1)).total()).isEqualTo(19_998);
        assertThat(a.censuses().lines(big.id(), batch)).containsExactlyInAnyOrderElementsOf(checked);
    }

    @Test
    @DisplayName("Owner roster: one line per unit, replaced on update")
    void roster() {
        UnitId unit = newUnit(estate.id());
        tx(() -> a.roster().put(List.of(new RosterEntry(estate.id(), unit, "张三", "1101", "HT-1"))));
        tx(() -> a.roster().put(List.of(new RosterEntry(estate.id(), unit, "李四", "3101", "HT-2"))));
        assertThat(a.roster().find(unit)).contains(new RosterEntry(estate.id(), unit, "李四", "3101", "HT-2"));
        assertThat(a.roster().find(UnitId.newId())).isEmpty();
    }

    @Test
    @DisplayName("EST-04 handovers: round trip with defects and trail; by unit and by period; optimistic locking")
    void handovers() {
        UnitId unit = newUnit(estate.id());
        HandoverState h = Samples.handover(estate.id(), unit);
        tx(() -> a.handovers().save(h));
        HandoverState stored = a.handovers().find(h.id()).orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(h);
        assertThat(a.handovers().ofUnit(unit)).extracting(HandoverState::id).containsExactly(h.id());
        assertThat(a.handovers().ofEstate(estate.id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).hasSize(1);
        assertThat(a.handovers().ofEstate(estate.id(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).isEmpty();
        HandoverState done = h.toBuilder().stage(HandoverStage.COMPLETED).keysHanded(2).documentsHanded(List.of("handbook"))
                .receiptSignedBy("张三").version(1).build();
        tx(() -> a.handovers().save(done));
        assertThat(a.handovers().find(h.id()).orElseThrow().stage()).isEqualTo(HandoverStage.COMPLETED);
        assertThatThrownBy(() -> tx(() -> a.handovers().save(done))).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    @DisplayName("EST-08 archives: round trip of personal data")
    void archives() {
        UnitId unit = newUnit(estate.id());
        ArchiveState archive = Samples.archive(estate.id(), unit);
        tx(() -> a.archives().save(archive));
        assertThat(a.archives().find(archive.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("version").isEqualTo(archive);
        assertThat(a.archives().ofUnit(unit)).hasSize(1);
        assertThatThrownBy(() -> tx(() -> a.archives().save(archive))).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    @DisplayName("Fee ledger: lines are appended and read back exactly, oldest first and paged; the unit's totals are kept "
            + "as lines are appended; a line is found by id, and whether another concerns it; the latest lines; the open "
            + "charges covering a date")
    void ledger() {
        UnitId unit = newUnit(estate.id());
        assertThat(a.ledger().totals(unit)).isEqualTo(FeeTotals.NONE);
        FeeEntry charge = new FeeEntry(UUID.randomUUID(), estate.id(), unit, FeeEntryKind.CHARGE, "MGMT", Fen.of(134_250),
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 9, 15), null, "handover", "desk", Samples.AT);
        FeeEntry reversal = new FeeEntry(UUID.randomUUID(), estate.id(), unit, FeeEntryKind.CHARGE_REVERSAL, "MGMT", Fen.of(134_250),
                null, null, charge.id(), "wrong area", "cashier", Samples.AT.plusSeconds(1));
        FeeEntry again = new FeeEntry(UUID.randomUUID(), estate.id(), unit, FeeEntryKind.CHARGE, "MGMT", Fen.of(120_000),
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 9, 15), null, "handover, corrected", "desk", Samples.AT.plusSeconds(2));
        FeeEntry paid = new FeeEntry(UUID.randomUUID(), estate.id(), unit, FeeEntryKind.PAYMENT, "PAYMENT", Fen.of(100_000),
                null, null, null, "R-1", "cashier", Samples.AT.plusSeconds(3));
        tx(() -> a.ledger().append(List.of(charge)));
        tx(() -> a.ledger().append(List.of(reversal)));
        tx(() -> a.ledger().append(List.of(again, paid)));
        assertThat(a.ledger().ofUnit(unit, PageRequest.first(10)).items()).containsExactly(charge, reversal, again, paid);
        var second = a.ledger().ofUnit(unit, new PageRequest(1, 3));
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.items()).containsExactly(paid);
        assertThat(a.ledger().recent(unit, 2)).containsExactly(again, paid);
        // a write's own lines are among the latest its transaction reads back (a charge answers them)
        FeeEntry late = new FeeEntry(UUID.randomUUID(), estate.id(), unit, FeeEntryKind.PAYMENT, "PAYMENT", Fen.of(1),
                null, null, null, "R-0", "cashier", Samples.AT.plusSeconds(3));
        assertThatThrownBy(() -> tx(() -> {
            a.ledger().append(List.of(late));
            assertThat(a.ledger().recent(unit, 1)).containsExactly(late);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        FeeTotals totals = a.ledger().totals(unit);
        assertThat(totals.sum(FeeEntryKind.CHARGE)).isEqualTo(254_250);
        assertThat(totals.sum(FeeEntryKind.CHARGE_REVERSAL)).isEqualTo(134_250);
        assertThat(totals.sum(FeeEntryKind.PAYMENT)).isEqualTo(100_000);
        assertThat(totals.sum(FeeEntryKind.REFUND_DUE)).isZero();
        assertThat(totals.lines()).isEqualTo(4);
        assertThat(tx(() -> a.ledger().lockTotals(unit))).isEqualTo(totals);
        // a failed transaction counts nothing in
        assertThatThrownBy(() -> tx(() -> {
            a.ledger().append(List.of(new FeeEntry(UUID.randomUUID(), estate.id(), unit, FeeEntryKind.PAYMENT, "PAYMENT",
                    Fen.of(5), null, null, null, "R-2", "cashier", Samples.AT.plusSeconds(4))));
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(a.ledger().totals(unit)).isEqualTo(totals);

        assertThat(a.ledger().find(reversal.id())).contains(reversal);
        assertThat(a.ledger().find(UUID.randomUUID())).isEmpty();
        assertThat(a.ledger().concerned(charge.id())).isTrue();
        assertThat(a.ledger().concerned(again.id())).isFalse();
        assertThat(a.ledger().openCharges(unit, null)).containsExactly(again);
        assertThat(a.ledger().openCharges(unit, LocalDate.of(2026, 9, 15))).containsExactly(again);
        assertThat(a.ledger().openCharges(unit, LocalDate.of(2026, 9, 16))).isEmpty();
    }

    @Test
    @DisplayName("DEP-02 meter readings: appended and read back exactly, oldest first; the last reading of each meter")
    void meter_readings() {
        UnitId unit = newUnit(estate.id());
        MeterReading first = new MeterReading(unit, estate.id(), "WATER", Reading.of("120.5"), Samples.AT, "engineer", "inspection");
        MeterReading power = new MeterReading(unit, estate.id(), "POWER", Reading.of("3000"), Samples.AT, "engineer", "inspection");
        MeterReading second = new MeterReading(unit, estate.id(), "WATER", Reading.of("131.125"), Samples.AT.plusSeconds(3600),
                "cashier", null);
        tx(() -> a.meters().append(List.of(first, power)));
        tx(() -> a.meters().append(List.of(second)));
        assertThat(a.meters().ofUnit(unit)).containsExactly(first, power, second);
        assertThat(a.meters().last(unit, "WATER")).contains(second);
        assertThat(a.meters().last(unit, "POWER")).contains(power);
        assertThat(a.meters().last(unit, "GAS")).isEmpty();
        assertThat(a.meters().last(UnitId.newId(), "WATER")).isEmpty();
    }

    @Test
    @DisplayName("EST-07 ownership transfers: every field round-trips, writes are optimistic, a unit's transfers oldest first")
    void ownership_transfers() {
        UnitId unit = newUnit(estate.id());
        TransferState asked = new TransferState(TransferId.newId(), estate.id(), unit, TransferStage.AWAITING_PREPAYMENT,
                "粤房 2026-000123", LocalDate.of(2026, 5, 10), new PersonalData("王五", "13500135000", "13400134000",
                "440101198505051234", LocalDate.of(1985, 5, 5)), "SL-NEW",
                Map.of(Obligation.FEE_CREDIT, Disposition.MOVED_TO_NEW_OWNER), "AGR-1", ArchiveId.newId(), null,
                List.of(new TransferCredit(UUID.randomUUID(), "MGMT", Fen.of(90_000), LocalDate.of(2026, 5, 10),
                        LocalDate.of(2026, 9, 15))), Fen.ZERO, Fen.of(100_000),
                List.of(new PeriodFee("MGMT", Fen.of(134_250), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 11, 9))),
                Fen.of(134_250), Fen.of(34_250), null, null, "desk", Samples.AT, null, null, null, 0);
        TransferState[] stored = new TransferState[1];
        tx(() -> stored[0] = a.transfers().save(asked));
        assertThat(stored[0]).isEqualTo(asked.withVersion(1));
        assertThat(a.transfers().find(asked.id())).contains(asked.withVersion(1));
        TransferState done = asked.toBuilder().stage(TransferStage.COMPLETED).newOwnerArchive(ArchiveId.newId())
                .prepaid(Fen.of(34_250)).receipt("R-T1").completedBy("cashier").completedAt(Samples.AT.plusSeconds(60))
                .version(1).build();
        tx(() -> a.transfers().save(done));
        assertThatThrownBy(() -> tx(() -> a.transfers().save(done))).isInstanceOf(ConcurrentUpdate.class);
        assertThat(a.transfers().ofUnit(unit)).containsExactly(done.withVersion(2));
        // an earlier transfer of the unit (cancelled), saved last, comes first
        TransferState cancelled = new TransferState(TransferId.newId(), estate.id(), unit, TransferStage.CANCELLED, "粤房 2025-1",
                LocalDate.of(2026, 4, 1), asked.newOwner(), "SL-OLD", Map.of(), null, asked.previousOwner(), null, List.of(),
                Fen.ZERO, Fen.ZERO, List.of(), Fen.ZERO, Fen.ZERO, null, null, "desk", Samples.AT.minusSeconds(3600), null, null,
                "the sale fell through", 0);
        tx(() -> a.transfers().save(cancelled));
        assertThat(a.transfers().ofUnit(unit)).containsExactly(cancelled.withVersion(1), done.withVersion(2));
    }
}
