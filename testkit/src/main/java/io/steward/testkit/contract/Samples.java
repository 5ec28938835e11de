package io.steward.testkit.contract;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.estate.CensusReport;
import io.steward.ports.estate.DefectStatus;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeBasis;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.HandoverDefect;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.HandoverStep;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PassStatus;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.CensusState;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.out.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Sample state records with every field filled, so a round trip proves every column. */
final class Samples {
    static final Instant AT = Instant.parse("2026-03-16T02:00:00.123456Z");

    private Samples() {
    }

    /** Runs {@code work} in one transaction of the adapters under test. */
    static void inTransaction(Transactions transactions, Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    static EstateState estate() {
        EstateId id = EstateId.newId();
        return new EstateState(id, "E" + id.value().toString().substring(0, 8), "花园 " + id, "Asia/Shanghai",
                List.of(new FeeItem("MGMT", "物业管理费", FeeBasis.PER_SQUARE_METRE_MONTH, Fen.of(250), Set.of(UnitKind.RESIDENCE),
                                FeeCategory.MANAGEMENT, null),
                        new FeeItem("WASTE", null, FeeBasis.PER_UNIT_MONTH, Fen.of(3000), Set.of(), null, null),
                        new FeeItem("WATER", "水费", FeeBasis.METERED, Fen.of(350), Set.of(), FeeCategory.UTILITY, "m³")),
                new EstatePolicy(6, 24, 30, 3, new io.steward.ports.shared.calendar.ServiceHours(java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(17, 30), false), List.of(new io.steward.ports.shared.calendar.Holiday("estate day",
                        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1))),
                        new io.steward.ports.estate.DepositPolicy(true, false, io.steward.ports.shared.Fen.yuan(3_000),
                                io.steward.ports.shared.Fen.yuan(60)), new io.steward.ports.estate.ParkingTariff(
                        io.steward.ports.shared.Fen.yuan(3), 1, io.steward.ports.shared.Fen.yuan(2), io.steward.ports.shared.Fen.yuan(10),
                        io.steward.ports.shared.Fen.yuan(150)), new io.steward.ports.estate.RenovationRules(
                        io.steward.ports.shared.Fen.of(1_500), io.steward.ports.shared.Fen.yuan(10), "0755-8888 6666",
                        "09:00–12:00", "19:00–21:00", List.of("no security bars"))), 0);
    }

    static UnitState unit(EstateId estate, String building, String number) {
        return new UnitState(UnitId.newId(), estate, new UnitAddress("A", building, "1", 3, number), UnitKind.RESIDENCE,
                Area.squareMetres("89.50"), Occupancy.NOT_TAKEN_OVER, null, 0);
    }

    static HandoverState handover(EstateId estate, UnitId unit) {
        return new HandoverState(HandoverId.newId(), estate, unit, HandoverStage.INSPECTED, "张三", ArchiveId.newId(),
                List.of("ID copy"), "SL-1", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 9, 15), Fen.of(152_250),
                Fen.of(152_250), List.of(new HandoverDefect(1, "kitchen", "cracked tile", DefectStatus.RECTIFIED, AT,
                        "replaced", AT.plusSeconds(60), null, null)), true, 0, List.of(), null, null,
                List.of(new HandoverStep(HandoverStage.STARTED, "desk", AT, "opened"),
                        new HandoverStep(HandoverStage.INSPECTED, "desk", AT.plusSeconds(5), "1 defect")), 0);
    }

    static ArchiveState archive(EstateId estate, UnitId unit) {
        return new ArchiveState(ArchiveId.newId(), estate, unit, Party.OWNER,
                new PersonalData("张三", "13800138000", "13900139000", "110101199001011234", LocalDate.of(1990, 1, 1)),
                ArchiveStatus.ACTIVE,
                LocalDate.of(2026, 3, 16), null, "SL-1", null, null, 0);
    }

    static GoodsPassState pass(EstateId estate, UnitId unit, Instant at) {
        return new GoodsPassState(GoodsPassId.newId(), estate, unit, "e14-1-0101",
                "王五", Carrier.NANNY,
                List.of(new GoodsItem("sofa", 1), new GoodsItem("boxes", 6)),
                RemovalPurpose.MOVING_OUT, PassStatus.ISSUED, true,
                new OwnerCall(at, true, true, "agreed"), "desk", "张三", "王五", "desk", at, null, null,
                "tenant move-out (archive 1)", 0);
    }

    /** A reported and signed round of one unit, found otherwise than registered (its line: {@link #censusLine}). */
    static CensusState census(EstateId estate, LocalDate month) {
        var report = new CensusReport(AT, Map.of("RENOVATING", 1L), Map.of("HANDOVER", 1L),
                List.of("e14-1-0101: registered VACANT, found RENOVATING"), 1, false);
        return new CensusState(CensusId.newId(), estate, month,
                month.withDayOfMonth(28), month.plusMonths(1).withDayOfMonth(3), 1, 1, 1, report, "pm", AT,
                Set.of(Role.SECURITY, Role.CASHIER), 0);
    }

    /** The unit's line of a round: found renovating, registered vacant, corrected. */
    static CensusLine censusLine(UnitId unit, String code) {
        return new CensusLine(unit, code, Occupancy.VACANT, Occupancy.RENOVATING, "guard", AT, "workers inside", "pm",
                AT.plusSeconds(60));
    }
}
