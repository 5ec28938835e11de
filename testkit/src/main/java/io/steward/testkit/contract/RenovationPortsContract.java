package io.steward.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.Observation;
import io.steward.ports.renovation.RefundOutcome;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationRecords.AcceptanceCheck;
import io.steward.ports.renovation.RenovationRecords.Agreement;
import io.steward.ports.renovation.RenovationRecords.Application;
import io.steward.ports.renovation.RenovationRecords.Completion;
import io.steward.ports.renovation.RenovationRecords.Consent;
import io.steward.ports.renovation.RenovationRecords.Contractor;
import io.steward.ports.renovation.RenovationRecords.Deduction;
import io.steward.ports.renovation.RenovationRecords.EntryInspection;
import io.steward.ports.renovation.RenovationRecords.FailedItem;
import io.steward.ports.renovation.RenovationRecords.FeeLine;
import io.steward.ports.renovation.RenovationRecords.Fees;
import io.steward.ports.renovation.RenovationRecords.HotWorkPermit;
import io.steward.ports.renovation.RenovationRecords.Memo;
import io.steward.ports.renovation.RenovationRecords.NeighbourCheck;
import io.steward.ports.renovation.RenovationRecords.Permit;
import io.steward.ports.renovation.RenovationRecords.RefundRequest;
import io.steward.ports.renovation.RenovationRecords.Review;
import io.steward.ports.renovation.RenovationRecords.Round;
import io.steward.ports.renovation.RenovationRecords.Settlement;
import io.steward.ports.renovation.RenovationRecords.SignOff;
import io.steward.ports.renovation.RenovationRecords.Signature;
import io.steward.ports.renovation.RenovationRecords.Step;
import io.steward.ports.renovation.RenovationRecords.Violation;
import io.steward.ports.renovation.RenovationRecords.WorkerPass;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.WorkTouch;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The behaviour every implementation of the renovation context's out-port must show. */
public abstract class RenovationPortsContract extends AdaptersContract {
    private static final Contractor CONTRACTOR = new Contractor("深圳美居装饰", "91440300MA5XXXX", LocalDate.of(2030, 1, 1),
            "D244030001", LocalDate.of(2029, 6, 30), "李四", "440301198001011234", LocalDate.of(2035, 1, 1), "13900139000");

    private static RenovationState applied(EstateId estate, UnitId unit) {
        Application application = new Application(false, "张三", "13800138000", null, true, true, true, "kitchen and bath",
                EnumSet.of(WorkTouch.GAS), "DRW-1", CONTRACTOR, "desk", Samples.AT);
        return new RenovationState(RenovationId.newId(), estate, unit, RenovationStatus.APPLIED, application,
                new Review(Samples.AT.plusSeconds(86_400), List.of("from …", "due …"), List.of(), true, null, null), null,
                null, null, null, null, null, null, null, null, null, null,
                List.of(new Step("applied", "REN-01", "desk", Samples.AT, "by the owner")), 0);
    }

    /** Every part of the record filled, as a settled renovation has them. */
    private static RenovationState settled(EstateId estate, UnitId unit) {
        RenovationState a = applied(estate, unit);
        var at = Samples.AT;
        DepositId deposit = DepositId.newId();
        PostingId hold = PostingId.newId();
        return new RenovationState(a.id(), estate, unit, RenovationStatus.SETTLED, a.application(),
                new Review(a.review().due(), a.review().explanation(), List.of(new Signature(Department.CUSTOMER_SERVICE,
                        "cs", at, null), new Signature(Department.ENGINEERING, "eng", at, "ok")), true, "desk", at),
                new Agreement(RenovationParty.CONTRACTOR, "李四", List.of("no bars"), "09:00–12:00", "19:00–21:00", "desk", at),
                new Fees(List.of(new FeeLine("DEPOSIT", "装修押金", Fen.yuan(3000)), new FeeLine("DEBRIS", "清运费", Fen.of(13_500))),
                        Fen.of(313_500), 2, "R-1", deposit, "cashier", at),
                new Permit("P-1", "0755-8888 6666", "desk", at),
                List.of(new WorkerPass("W-1", "王五", "440301199001011234", "desk", at)),
                new EntryInspection(RenovationParty.OWNER, "张三", "scratch on the door", "eng", at, Occupancy.OWNER_OCCUPIED),
                List.of(new Round(LocalDate.of(2026, 3, 17), Department.SECURITY, EnumSet.of(Observation.HOT_WORK),
                        EnumSet.of(Observation.HOT_WORK), "welding", "guard", at)),
                List.of(new HotWorkPermit(at, at.plusSeconds(3600), "balcony", "eng", at)),
                List.of(new Consent(Observation.GAS_CYLINDERS, LocalDate.of(2026, 3, 20), null, "guard", at)),
                List.of(new Violation(1, true, "bars", null, at, at.plusSeconds(60), 3, Fen.yuan(500), ApprovalId.newId(),
                        "pm", hold, "guard", at)),
                new Completion(List.of(at, at.plusSeconds(60)), List.of(new AcceptanceCheck(1, Department.ENGINEERING, false,
                        List.of(new FailedItem("sealant", "redo it")), "eng", at)), LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 7, 1)),
                new Settlement(at, List.of(new NeighbourCheck(false, "no leaks", null, "desk", at)), new RefundRequest(
                        RenovationParty.CONTRACTOR, "李四", "CONSENT-1", "desk", at), List.of(new SignOff(RenovationParty.OWNER,
                        "张三", "desk", at)), new Memo("M-1", Fen.yuan(3000), List.of(new Deduction(hold, PostingCode.PENALTY,
                        Fen.yuan(500), "notice 1")), Fen.yuan(2500), RefundOutcome.PARTIAL_REFUND, ApprovalId.newId(), "pm",
                        PostingId.newId(), "cashier", at)),
                List.of(new Step("applied", "REN-01", "desk", at, null), new Step("settled", "DEP-04", "cashier", at, "…")), 0);
    }

    private static RenovationState completed(RenovationState s, LocalDate dueOn) {
        return new RenovationState(s.id(), s.estate(), s.unit(), RenovationStatus.COMPLETED, s.application(), s.review(),
                s.agreement(), s.fees(), s.permit(), s.workers(), s.entry(), s.rounds(), s.hotWorks(), s.consents(),
                s.violations(), new Completion(List.of(Samples.AT), List.of(), dueOn.minusMonths(3), dueOn), s.settlement(),
                s.timeline(), s.version());
    }

    @Test
    @DisplayName("REN: every part of a renovation round-trips; writes are optimistic")
    void roundTrip() {
        EstateId estate = newEstate().id();
        UnitId unit = newUnit(estate);
        RenovationState stored = tx(() -> a.renovations().save(settled(estate, unit)));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(a.renovations().find(stored.id())).contains(stored);
        assertThatThrownBy(() -> tx(() -> a.renovations().save(stored.withVersion(0)))).isInstanceOf(ConcurrentUpdate.class);
        assertThat(a.renovations().find(RenovationId.newId())).isEmpty();
    }

    @Test
    @DisplayName("REN-01 one active renovation per unit: a second active one for the unit is refused by the store; ended, the unit is free")
    void oneActivePerUnit() {
        EstateId estate = newEstate().id();
        UnitId unit = newUnit(estate);
        RenovationState first = tx(() -> a.renovations().save(applied(estate, unit)));

        assertThat(a.renovations().active(unit)).contains(first);
        assertThatThrownBy(() -> tx(() -> a.renovations().save(applied(estate, unit))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("duplicate"));

        RenovationState withdrawn = tx(() -> a.renovations().save(new RenovationState(first.id(), estate, unit,
                RenovationStatus.WITHDRAWN, first.application(), first.review(), null, null, null, null, null, null, null,
                null, null, null, null, first.timeline(), first.version())));
        assertThat(a.renovations().active(unit)).isEmpty();
        RenovationState second = tx(() -> a.renovations().save(applied(estate, unit)));
        assertThat(a.renovations().active(unit)).contains(second);
        assertThat(a.renovations().ofEstate(estate, EnumSet.of(RenovationStatus.WITHDRAWN))).containsExactly(withdrawn);
        assertThat(a.renovations().ofEstate(estate, EnumSet.of(RenovationStatus.APPLIED, RenovationStatus.WITHDRAWN)))
                .extracting(RenovationState::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    @DisplayName("DEP-04 refunds due: the estate's completed renovations due on or before the day, earliest first")
    void refundsDue() {
        EstateId estate = newEstate().id();
        UnitId one = newUnit(estate);
        UnitId two = newUnit(estate);
        UnitId three = newUnit(estate);
        RenovationState july = tx(() -> a.renovations().save(completed(applied(estate, one), LocalDate.of(2026, 7, 1))));
        RenovationState june = tx(() -> a.renovations().save(completed(applied(estate, two), LocalDate.of(2026, 6, 30))));
        tx(() -> a.renovations().save(completed(applied(estate, three), LocalDate.of(2026, 8, 1))));
        EstateId other = newEstate().id();
        tx(() -> a.renovations().save(completed(applied(other, newUnit(other)), LocalDate.of(2026, 6, 1))));

        assertThat(a.renovations().refundsDue(estate, LocalDate.of(2026, 7, 31))).extracting(RenovationState::id)
                .containsExactly(june.id(), july.id());
        assertThat(a.renovations().refundsDue(estate, LocalDate.of(2026, 6, 29))).isEmpty();

        RenovationState settled = settled(estate, two);
        tx(() -> a.renovations().save(new RenovationState(june.id(), estate, two, RenovationStatus.SETTLED,
                june.application(), june.review(), settled.agreement(), settled.fees(), null, null, null, null, null, null,
                null, june.completion(), settled.settlement(), june.timeline(), june.version())));
        assertThat(a.renovations().refundsDue(estate, LocalDate.of(2026, 7, 31))).extracting(RenovationState::id)
                .containsExactly(july.id());
        assertThat(Set.of(a.renovations().active(two))).allMatch(java.util.Optional::isEmpty);
    }
}
