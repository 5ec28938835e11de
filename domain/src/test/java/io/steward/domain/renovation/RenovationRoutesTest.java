package io.steward.domain.renovation;

import static io.steward.domain.renovation.RenovationApplicationTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.renovation.RefundOutcome;
import io.steward.ports.renovation.RenovationEvents;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.in.ApplyForRenovation.Cancel;
import io.steward.ports.renovation.in.ApplyForRenovation.Entry;
import io.steward.ports.renovation.in.SettleRenovationDeposit.NeighbourCheck;
import io.steward.ports.renovation.in.SettleRenovationDeposit.Refund;
import io.steward.ports.renovation.in.SuperviseRenovation.Notice;
import io.steward.ports.renovation.in.SuperviseRenovation.Warning;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The routes around the renovation's rules, each closed: another status, another desk, another context reaching the same
 * outcome (a tenant's home, a transfer, a refund with something still owed, a harm cleared by a word).
 */
class RenovationRoutesTest {
    private final RenovationFixture r = new RenovationFixture();

    private void tenantMovesIn() {
        r.f.as("desk");
        r.f.occupants.tenantMovesIn(new MoveIn.TenantMoveIn(r.unit, EstateFixture.liSi(), "OC-1", "LEASE-1", "SL-T1",
                r.f.clock.instant()));
    }

    @Test
    void REN_08_a_hot_work_permit_is_for_work_to_come_and_a_consent_for_days_to_come() {
        RenovationId id = r.inWorks().id();
        Instant now = r.f.clock.instant();
        r.f.as("eng");
        refused(() -> r.supervise.permitHotWork(id, new io.steward.ports.renovation.in.SuperviseRenovation.HotWork(
                now.minusSeconds(7200), now.minusSeconds(60), "kitchen")), "REN-08", "permit-period-invalid");
        refused(() -> r.supervise.consent(id, new io.steward.ports.renovation.in.SuperviseRenovation.Consent(
                io.steward.ports.renovation.Observation.WELDING_GEAR, EstateFixture.TODAY.minusDays(1), null)), "REN-08",
                "permit-period-invalid");
        assertThat(r.browse.renovation(id).hotWorks()).isEmpty();
    }

    @Test
    void REN_09_calls_are_recorded_after_they_were_made() {
        RenovationId id = r.inWorks().id();
        Instant now = r.f.clock.instant();
        r.f.as("guard");
        assertThatThrownBy(() -> r.supervise.notice(id, new Notice("bars", now.minusSeconds(60), now.plusSeconds(600), true,
                true, null))).hasMessageContaining("after they were made");
    }

    @Test
    void REN_10_one_acceptance_request_is_open_at_a_time() {
        RenovationId id = r.inWorks().id();
        r.f.as("desk");
        r.supervise.requestAcceptance(id, null);
        refused(() -> r.supervise.requestAcceptance(id, "again"), "REN-10", "renovation-step-out-of-order");
    }

    @Test
    void REN_10_EST_02_an_owners_home_returns_to_the_owner_after_the_works() {
        r.f.as("desk");
        r.f.occupants.ownerMovesIn(r.unit, r.f.clock.instant());
        r.accepted();
        r.f.as("desk");
        assertThat(r.f.queries.unit(r.unit).occupancy()).isEqualTo(io.steward.ports.estate.Occupancy.OWNER_OCCUPIED);
    }

    @Test
    void REN_03_the_guide_is_handed_over_once() {
        r.f.as("desk");
        RenovationId id = r.desk.apply(r.unit, RenovationFixture.application(Set.of(io.steward.ports.renovation.WorkTouch.STRUCTURE),
                true)).id();
        r.desk.handOverGuide(id, null);
        refused(() -> r.desk.handOverGuide(id, null), "REN-03", "renovation-step-out-of-order");
    }

    @Test
    void REN_01_a_tenants_home_has_no_renovation_application() {
        tenantMovesIn();
        r.f.as("desk");
        refused(() -> r.desk.apply(r.unit, RenovationFixture.application(Set.of(), false)), "REN-01",
                "unit-may-not-renovate");
    }

    @Test
    void REN_07_a_tenant_moved_in_after_the_fees_stops_the_entry_and_the_renovation_is_cancelled_with_its_deposit_refunded() {
        RenovationId id = r.paid(1).id();
        r.f.as("desk");
        r.desk.issuePermit(id, "SP-001");
        tenantMovesIn();
        r.f.as("eng");
        refused(() -> r.desk.inspectEntry(id, new Entry(RenovationParty.OWNER, "张三", null)), "REN-07",
                "unit-may-not-renovate");

        r.f.as("cashier");
        refused(() -> r.desk.cancel(id, new Cancel("the owner let the flat", null, PostingId.newId(), "M-C1")), "DEP-04",
                "approval-required");
        var approval = r.refundApproved(id, RenovationFixture.DEPOSIT);
        r.f.as("cashier");
        RenovationView cancelled = r.desk.cancel(id, new Cancel("the owner let the flat", approval, PostingId.newId(),
                "M-C1"));
        assertThat(cancelled.status()).isEqualTo(RenovationStatus.WITHDRAWN);
        assertThat(cancelled.settlement().memo().outcome()).isEqualTo(RefundOutcome.FULL_REFUND);
        assertThat(r.f.steward.keepDeposits().deposit(cancelled.fees().deposit()).status()).isEqualTo(DepositStatus.SETTLED);
    }

    @Test
    void DEP_04_a_cancellations_memo_itemises_what_was_deducted_before_it() {
        RenovationView paid = r.paid(1);
        r.f.as("cashier");
        var account = r.f.fees.charge(r.unit, new PostFees.Charge("REPAIR", Fen.yuan(300), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1), "door closer"));
        var deposits = r.f.steward.keepDeposits();
        var hold = deposits.holdDeduction(paid.fees().deposit(), new io.steward.ports.deposits.in.KeepDeposits.HoldDeduction(
                PostingId.newId(), io.steward.ports.deposits.DeductionKind.UNPAID_FEES, Fen.yuan(300), null,
                account.lines().get(account.lines().size() - 1).id(), "March bill"));
        deposits.postHold(paid.fees().deposit(), new io.steward.ports.deposits.in.KeepDeposits.EndHold(PostingId.newId(),
                hold.id(), null));
        var approval = r.refundApproved(paid.id(), Fen.yuan(2_700));
        r.f.as("cashier");
        var memo = r.desk.cancel(paid.id(), new Cancel("the owner gave up", approval, PostingId.newId(), "M-C3"))
                .settlement().memo();
        assertThat(memo.outcome()).isEqualTo(RefundOutcome.PARTIAL_REFUND);
        assertThat(memo.refunded()).isEqualTo(Fen.yuan(2_700));
        assertThat(memo.deductions()).singleElement().satisfies(d -> assertThat(d.evidence()).isEqualTo("March bill"));
    }

    @Test
    void REN_works_begun_are_not_cancelled() {
        RenovationId id = r.inWorks().id();
        var approval = r.refundApproved(id, RenovationFixture.DEPOSIT);
        r.f.as("cashier");
        refused(() -> r.desk.cancel(id, new Cancel("changed mind", approval, PostingId.newId(), "M-C2")), "DEP-04",
                "renovation-step-out-of-order");
    }

    @Test
    void EST_07_an_active_renovation_is_an_obligation_of_the_transfer_never_settled_by_a_word() {
        r.applied();
        Map<Obligation, Disposition> all = new TreeMap<>();
        all.put(Obligation.FEE_CREDIT, Disposition.SETTLED);
        all.put(Obligation.OPEN_HANDOVER_DEFECTS, Disposition.MOVED_TO_NEW_OWNER);
        PersonalData wang = new PersonalData("王五", "13500135000", "13400134000", "440101198505051234",
                LocalDate.of(1985, 5, 5));
        r.f.as("desk");
        assertThatThrownBy(() -> r.f.transfers.transfer(r.unit, new TransferOwnership.Transfer("粤房 2026-000123",
                EstateFixture.TODAY, wang, "SL-NEW", all, null, null))).isInstanceOfSatisfying(Refusal.class, x -> {
                    assertThat(x.code()).isEqualTo("obligation-without-disposition");
                    assertThat(x.details().get("obligations")).isEqualTo(List.of("RENOVATION_OPEN"));
                });
        all.put(RenovationObligations.RENOVATION_OPEN, Disposition.SETTLED);
        assertThatThrownBy(() -> r.f.transfers.transfer(r.unit, new TransferOwnership.Transfer("粤房 2026-000123",
                EstateFixture.TODAY, wang, "SL-NEW", all, null, null))).isInstanceOfSatisfying(Refusal.class,
                x -> assertThat(x.code()).isEqualTo("obligation-cannot-be-settled-here"));
    }

    @Test
    void DEP_04_the_neighbours_are_checked_when_the_refund_is_due_and_a_harm_found_is_cleared_only_by_its_remedy() {
        RenovationId id = r.accepted().id();
        r.f.as("desk");
        refused(() -> r.settle.checkNeighbours(id, new NeighbourCheck(false, "looks fine")), "DEP-04", "refund-not-due");
        r.refundDay();
        r.f.as("desk");
        r.settle.checkNeighbours(id, new NeighbourCheck(true, "water stain on the ceiling below"));
        refused(() -> r.settle.checkNeighbours(id, new NeighbourCheck(false, "looks fine now")), "DEP-04",
                "harm-not-remedied");
        RenovationView v = r.settle.checkNeighbours(id, new NeighbourCheck(false, "stain gone",
                "the contractor resealed the bathroom, repair R-12"));
        assertThat(v.settlement().checks()).hasSize(2);
        assertThat(v.settlement().checks().get(1).remedy()).contains("R-12");
    }

    @Test
    void DEP_04_a_notices_penalty_not_filed_stops_the_refund() {
        RenovationView w = r.inWorks();
        Instant now = r.f.clock.instant();
        r.f.as("guard");
        r.supervise.notice(w.id(), new Notice("bars", now.minusSeconds(60), now, true, true, Fen.yuan(500)));
        r.accept(w.id());
        r.refundDay();
        r.readyForRefund(w.id());
        var approval = r.refundApproved(w.id(), RenovationFixture.DEPOSIT);
        r.f.as("cashier");
        refused(() -> r.settle.refund(w.id(), new Refund(approval, PostingId.newId(), "M-1")), "DEP-04", "penalty-not-filed");
    }

    @Test
    void DEP_04_the_units_unpaid_fees_are_deducted_or_paid_before_the_refund() {
        RenovationId id = r.accepted().id();
        r.refundDay();
        r.f.as("cashier");
        r.f.fees.charge(r.unit, new PostFees.Charge("SERVICE_REPAIR", Fen.yuan(30), null, null, "tap repaired"));
        r.readyForRefund(id);
        var approval = r.refundApproved(id, RenovationFixture.DEPOSIT);
        r.f.as("cashier");
        refused(() -> r.settle.refund(id, new Refund(approval, PostingId.newId(), "M-1")), "DEP-04", "fees-not-deducted");
        r.f.fees.pay(r.unit, new PostFees.Payment(Fen.yuan(30), "RC-1"));
        assertThat(r.settle.refund(id, new Refund(approval, PostingId.newId(), "M-1")).status())
                .isEqualTo(RenovationStatus.SETTLED);
    }

    @Test
    void DEP_04_the_refund_due_event_names_ids_only_and_views_mask_numbers_typed_into_free_text() {
        RenovationView w = r.inWorks();
        r.f.as("desk");
        RenovationView warned = r.supervise.warn(w.id(), new Warning("foreman 13912345678 worked past 18:00", "王师傅"));
        assertThat(warned.violations().get(0).description()).doesNotContain("13912345678");
        assertThat(warned.violations().get(0).warned()).isEqualTo("王**");

        r.accept(w.id());
        r.refundDay();
        r.f.as("desk");
        r.settle.notifyRefundsDue(r.f.estate);
        assertThat(r.f.memory.events.published(RenovationEvents.RefundDue.class)).singleElement()
                .satisfies(e -> assertThat(e.toString()).doesNotContain("张三", "13800138000"));
    }
}
