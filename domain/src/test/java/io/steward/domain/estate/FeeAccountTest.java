package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.EstateApprovals;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.Reading;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.FeeBasis;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.in.RegisterEstate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeeAccountTest {
    private final EstateFixture f = new EstateFixture();
    private UnitId unit;

    @BeforeEach
    void estate() {
        f.registerEstate("LAKE", EstateFixture.scheduleWithMeters());
        f.importSmallLayout();
        f.grant("cashier", Role.CASHIER);
        f.grant("pm", Role.PROJECT_MANAGER);
        f.grant("engineer", Role.ENGINEER);
        // handed over on 2026-03-16 with six months prepaid (152 250 fen), the meters read at 0 at the inspection
        f.onTheRoster("e14-1-0102");
        f.handOver("e14-1-0102", null);
        unit = f.unit("e14-1-0102");
        handoverLines = f.queries.feeAccount(unit).lines().size();
        f.as("cashier");
    }

    private int handoverLines;

    /** The lines posted after the handover. */
    private static java.util.List<io.steward.ports.estate.FeeLine> after(io.steward.ports.estate.FeeAccountView account, int n) {
        return account.lines().subList(n, account.lines().size());
    }

    private static void refused(Runnable call, String rule, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo(rule);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    private ApprovalId reversalApproved(UUID line, String asker, String approver) {
        f.as(asker);
        ApprovalId id = f.approvals.request(new Approve.Request(f.estate, EstateApprovals.FEE_REVERSAL.code(), line.toString(),
                "charged the wrong unit", null)).id();
        f.as(approver);
        f.approvals.approve(id, null);
        f.as("cashier");
        return id;
    }

    @Test
    @DisplayName("DEP-02: an estate's schedule publishes the management fee, which EST-07's half year is made of")
    void the_schedule_publishes_the_management_fee() {
        f.as("gm");
        List<FeeItem> noManagementFee = List.of(new FeeItem("WASTE", "垃圾清运费", FeeBasis.PER_UNIT_MONTH, Fen.of(3000), Set.of(),
                FeeCategory.SERVICE, null));
        refused(() -> f.registry.register(new RegisterEstate.Registration("BARE", "Bare", "Asia/Shanghai", noManagementFee,
                EstatePolicy.DEFAULT)), "DEP-02", "management-fee-missing");
        assertThat(f.memory.estates.findByCode("BARE")).isEmpty();
    }

    @Test
    @DisplayName("DEP-06: a unit's fee account is exact fen; a mistake is reversed by a new line, once, never edited — as a "
            + "correction with a reason and the project manager's approval of reversing that very line")
    void lines_are_reversed_with_an_approval() {
        var account = f.fees.charge(unit, new PostFees.Charge("REPAIR", Fen.of(4_321), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), "WO-0123"));
        assertThat(account.arrears()).isEqualTo(Fen.of(4_321));
        UUID wrong = after(account, handoverLines).get(0).id();
        assertThatThrownBy(() -> new PostFees.Reversal("wrong meter", null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new PostFees.Reversal(" ", ApprovalId.newId())).isInstanceOf(InvalidInput.class);
        refused(() -> f.fees.reverse(unit, wrong, new PostFees.Reversal("wrong meter", ApprovalId.newId())), "DEP-06",
                "approval-required");
        // a cashier cannot approve their own correction, and an approval for another line allows nothing
        f.as("cashier");
        ApprovalId own = f.approvals.request(new Approve.Request(f.estate, EstateApprovals.FEE_REVERSAL.code(), wrong.toString(),
                "mine", null)).id();
        assertThatThrownBy(() -> f.approvals.approve(own, null)).isInstanceOf(AccessDenied.class);
        ApprovalId forAnother = reversalApproved(UUID.randomUUID(), "cashier", "pm");
        refused(() -> f.fees.reverse(unit, wrong, new PostFees.Reversal("wrong meter", forAnother)), "DEP-06",
                "approval-not-for-this-act");
        ApprovalId approval = reversalApproved(wrong, "cashier", "pm");
        account = f.fees.reverse(unit, wrong, new PostFees.Reversal("wrong meter", approval));
        account = f.fees.pay(unit, new PostFees.Payment(Fen.of(1_000), "R-7"));

        assertThat(after(account, handoverLines)).extracting(l -> l.kind())
                .containsExactly(FeeEntryKind.CHARGE, FeeEntryKind.CHARGE_REVERSAL, FeeEntryKind.PAYMENT);
        assertThat(after(account, handoverLines).get(1).reference()).isEqualTo("wrong meter");
        assertThat(account.arrears()).isEqualTo(Fen.ZERO);
        assertThat(account.credit()).isEqualTo(Fen.of(1_000));
        ApprovalId again = reversalApproved(wrong, "cashier", "pm");
        refused(() -> f.fees.reverse(unit, wrong, new PostFees.Reversal("again", again)), "DEP-06", "line-already-reversed");
        refused(() -> f.fees.reverse(unit, wrong, new PostFees.Reversal("again", approval)), "DEP-06", "line-already-reversed");
    }

    @Test
    @DisplayName("DEP-06: a reversal is not a way out of arrears: without an approval the charge is not reversed and the "
            + "arrears stay")
    void arrears_are_not_reversed_away() {
        var account = f.fees.charge(unit, new PostFees.Charge("REPAIR", Fen.of(20_000), null, null, "WO-7"));
        UUID charge = after(account, handoverLines).get(0).id();
        refused(() -> f.fees.reverse(unit, charge, new PostFees.Reversal("please", ApprovalId.newId())), "DEP-06",
                "approval-required");
        assertThat(f.queries.feeAccount(unit).arrears()).isEqualTo(Fen.of(20_000));
    }

    @Test
    @DisplayName("DEP-02: meters are read as numbers in their unit and billed at the published rate for the consumption since "
            + "the last reading, computed and rounded once; a reading below the last is refused")
    void meters_are_billed_at_the_published_rate() {
        // the inspection read both meters at 0: 120.5 m³ × CNY 3.50 = 42 175 fen, 1 000 kWh × CNY 0.62 = 62 000 fen
        var first = f.fees.readMeters(unit, new PostFees.MeterRound(List.of(new PostFees.Read("WATER", Reading.of("120.500")),
                new PostFees.Read("POWER", Reading.of("1000"))), "first month"));
        assertThat(after(first, handoverLines)).extracting(l -> l.item(), l -> l.amount().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WATER", 42_175L),
                        org.assertj.core.groups.Tuple.tuple("POWER", 62_000L));
        int billedBefore = first.lines().size();
        // the next bills 10.125 m³ × CNY 3.50 = 3 543.75 fen → 3 544; no consumption, no line
        f.clock.advance(Duration.ofDays(30));
        f.as("engineer");
        var billed = f.fees.readMeters(unit, new PostFees.MeterRound(List.of(new PostFees.Read("WATER", Reading.of("130.625")),
                new PostFees.Read("POWER", Reading.of("1000"))), null));
        assertThat(after(billed, billedBefore)).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo("WATER");
            assertThat(l.amount()).isEqualTo(Fen.of(3_544));
            assertThat(l.periodFrom()).isEqualTo(EstateFixture.TODAY);
            assertThat(l.periodTo()).isEqualTo(EstateFixture.TODAY.plusDays(30));
        });
        refused(() -> f.fees.readMeters(unit, new PostFees.MeterRound(List.of(new PostFees.Read("WATER", Reading.of("130"))),
                null)), "DEP-02", "reading-below-last");
        refused(() -> f.fees.readMeters(unit, new PostFees.MeterRound(List.of(new PostFees.Read("MGMT", Reading.of("1"))),
                null)), "DEP-02", "not-a-meter-of-the-unit");
        assertThatThrownBy(() -> Reading.of("1.2345")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Reading.of("-1")).isInstanceOf(InvalidInput.class);
        f.grant("guard", Role.SECURITY);
        f.as("guard");
        assertThatThrownBy(() -> f.fees.readMeters(unit, new PostFees.MeterRound(List.of(new PostFees.Read("POWER",
                Reading.of("1100"))), null))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("DEP-06: money is exact, never negative and never beyond the range of money; no line takes a total beyond it")
    void money_is_exact_and_in_range() {
        assertThatThrownBy(() -> Fen.of(-1)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Fen.of(Fen.MAX + 1)).isInstanceOf(InvalidInput.class);
        assertThat(Fen.yuan(12).plus(Fen.of(34)).toYuanString()).isEqualTo("12.34");
        assertThat(Fen.of(5).excessOver(Fen.of(9))).isEqualTo(Fen.ZERO);
        long charged = f.queries.feeAccount(unit).charged().value();
        f.fees.charge(unit, new PostFees.Charge("FINE", Fen.of(Fen.MAX - charged), null, null, null));
        refused(() -> f.fees.charge(unit, new PostFees.Charge("FINE", Fen.of(1), null, null, null)), "DEP-06",
                "account-total-out-of-range");
        assertThat(f.queries.feeAccount(unit).charged()).isEqualTo(Fen.of(Fen.MAX));
    }

    @Test
    @DisplayName("EST-04/DEP-02: a unit never taken over carries no charge; a fee of the schedule is charged at the amount the "
            + "schedule gives for its period, never typed; a metered fee only by reading its meter")
    void charges_come_from_the_schedule() {
        var notTakenOver = f.unit("e14-2-0101");
        refused(() -> f.fees.charge(notTakenOver, new PostFees.Charge("REPAIR", Fen.of(100), null, null, "WO-1")), "EST-04",
                "unit-not-taken-over");
        refused(() -> f.fees.pay(notTakenOver, new PostFees.Payment(Fen.of(100), "R-1")), "EST-04", "unit-not-taken-over");
        refused(() -> f.fees.readMeters(notTakenOver, new PostFees.MeterRound(List.of(new PostFees.Read("WATER",
                Reading.of("5"))), null)), "EST-04", "unit-not-taken-over");
        assertThat(f.queries.feeAccount(notTakenOver).lines()).isEmpty();

        // MGMT for 2026-09-16 … 2026-10-15: 89.50 m² × 250 = 22 375 fen a month
        LocalDate from = LocalDate.of(2026, 9, 16);
        LocalDate to = LocalDate.of(2026, 10, 15);
        refused(() -> f.fees.charge(unit, new PostFees.Charge("MGMT", Fen.of(20_000), from, to, "typed")), "DEP-02",
                "amount-not-from-schedule");
        refused(() -> f.fees.charge(unit, new PostFees.Charge("MGMT", Fen.of(22_375), null, null, "no period")), "DEP-02",
                "period-required");
        refused(() -> f.fees.charge(unit, new PostFees.Charge("WATER", Fen.of(3_500), null, null, "typed")), "DEP-02",
                "metered-fee-by-reading");
        var account = f.fees.charge(unit, new PostFees.Charge("MGMT", Fen.of(22_375), from, to, "2026-09/10"));
        assertThat(after(account, handoverLines)).singleElement().satisfies(l -> assertThat(l.amount()).isEqualTo(Fen.of(22_375)));
    }

    @Test
    @DisplayName("DEP-06: an account shows its totals and its latest 50 lines; every line is read oldest first, paged")
    void the_account_shows_its_latest_lines_and_pages_the_rest() {
        io.steward.ports.estate.FeeAccountView account = null;
        for (int i = 1; i <= 60; i++) {
            account = f.fees.charge(unit, new PostFees.Charge("REPAIR", Fen.of(100), null, null, "WO-" + i));
        }
        assertThat(account.lineCount()).isEqualTo(handoverLines + 60);
        assertThat(account.lines()).hasSize(io.steward.ports.estate.FeeAccountView.RECENT);
        assertThat(account.lines().get(account.lines().size() - 1).reference()).isEqualTo("WO-60");
        assertThat(account.lines().get(0).reference()).isEqualTo("WO-" + (61 - io.steward.ports.estate.FeeAccountView.RECENT));
        assertThat(account.arrears()).isEqualTo(Fen.of(6_000));
        var first = f.queries.feeLines(unit, PageRequest.first(10));
        assertThat(first.total()).isEqualTo(handoverLines + 60);
        assertThat(first.items().get(0).kind()).isEqualTo(FeeEntryKind.CHARGE);
        assertThat(first.items().get(0).item()).isEqualTo("MGMT");
        assertThat(f.queries.feeLines(unit, new PageRequest(6, 10)).items()).extracting(l -> l.reference())
                .last().isEqualTo("WO-60");
    }
}
