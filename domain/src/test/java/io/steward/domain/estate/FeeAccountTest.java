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
        unit = f.unit("e14-1-0102");
        f.as("cashier");
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
        var account = f.fees.charge(unit, new PostFees.Charge("WATER", Fen.of(4_321), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), "meter 0123"));
        assertThat(account.arrears()).isEqualTo(Fen.of(4_321));
        UUID wrong = account.lines().get(0).id();
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

        assertThat(account.lines()).extracting(l -> l.kind())
                .containsExactly(FeeEntryKind.CHARGE, FeeEntryKind.CHARGE_REVERSAL, FeeEntryKind.PAYMENT);
        assertThat(account.lines().get(1).reference()).isEqualTo("wrong meter");
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
        var account = f.fees.charge(unit, new PostFees.Charge("MGMT", Fen.of(20_000), null, null, "March"));
        UUID charge = account.lines().get(0).id();
        refused(() -> f.fees.reverse(unit, charge, new PostFees.Reversal("please", ApprovalId.newId())), "DEP-06",
                "approval-required");
        assertThat(f.queries.feeAccount(unit).arrears()).isEqualTo(Fen.of(20_000));
    }

    @Test
    @DisplayName("DEP-02: meters are read as numbers in their unit and billed at the published rate for the consumption since "
            + "the last reading, computed and rounded once; a reading below the last is refused")
    void meters_are_billed_at_the_published_rate() {
        // the first reading sets where the meter starts; the next bills 10.125 m³ × CNY 3.50 = 3 543.75 fen → 3 544
        var first = f.fees.readMeters(unit, new PostFees.MeterRound(List.of(new PostFees.Read("WATER", Reading.of("120.500"))),
                "move-in"));
        assertThat(first.lines()).isEmpty();
        f.clock.advance(Duration.ofDays(30));
        f.as("engineer");
        var billed = f.fees.readMeters(unit, new PostFees.MeterRound(List.of(new PostFees.Read("WATER", Reading.of("130.625")),
                new PostFees.Read("POWER", Reading.of("1000"))), null));
        assertThat(billed.lines()).singleElement().satisfies(l -> {
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
        f.fees.charge(unit, new PostFees.Charge("FINE", Fen.of(Fen.MAX), null, null, null));
        refused(() -> f.fees.charge(unit, new PostFees.Charge("FINE", Fen.of(1), null, null, null)), "DEP-06",
                "account-total-out-of-range");
        assertThat(f.queries.feeAccount(unit).charged()).isEqualTo(Fen.of(Fen.MAX));
    }
}
