package io.steward.domain.renovation;

import static io.steward.domain.renovation.RenovationApplicationTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.in.KeepDeposits;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.renovation.RefundOutcome;
import io.steward.ports.renovation.RenovationEvents;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationRecords.Memo;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.in.SettleRenovationDeposit.NeighbourCheck;
import io.steward.ports.renovation.in.SettleRenovationDeposit.Refund;
import io.steward.ports.renovation.in.SettleRenovationDeposit.RefundDue;
import io.steward.ports.renovation.in.SettleRenovationDeposit.RefundRequest;
import io.steward.ports.renovation.in.SettleRenovationDeposit.SignOff;
import io.steward.ports.renovation.in.SuperviseRenovation.FilePenalty;
import io.steward.ports.renovation.in.SuperviseRenovation.Notice;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DEP-04: the renovation deposit's refund, and its settlement as a full refund, a partial one or a full withhold. */
class RenovationRefundTest {
    private final RenovationFixture r = new RenovationFixture();

    private Refund refund(ApprovalId approval) {
        return new Refund(approval, PostingId.newId(), "M-0001");
    }

    /** A renovation accepted on the fixture's first day with a penalty of {@code penalty} posted from its deposit. */
    private RenovationView withPenaltyPosted(Fen penalty) {
        RenovationView w = r.inWorks();
        Instant now = r.f.clock.instant();
        r.f.as("guard");
        r.supervise.notice(w.id(), new Notice("security bars", now.minusSeconds(60), now, true, true, penalty));
        ApprovalId approval = r.penaltyApproved(w, penalty);
        r.f.as("cashier");
        PostingId hold = PostingId.newId();
        r.supervise.filePenalty(w.id(), 1, new FilePenalty(approval, hold));
        r.f.steward.keepDeposits().postHold(w.fees().deposit(), new KeepDeposits.EndHold(PostingId.newId(), hold,
                "deducted at refund"));
        return r.accept(w.id());
    }

    @Test
    void DEP_04_a_full_refund_after_every_condition_with_the_cashiers_memo() {
        RenovationView v = r.accepted();
        r.refundDay();
        r.readyForRefund(v.id());
        ApprovalId approval = r.refundApproved(v.id(), RenovationFixture.DEPOSIT);
        r.f.as("cashier");
        RenovationView settled = r.settle.refund(v.id(), refund(approval));

        assertThat(settled.status()).isEqualTo(RenovationStatus.SETTLED);
        Memo memo = settled.settlement().memo();
        assertThat(memo.outcome()).isEqualTo(RefundOutcome.FULL_REFUND);
        assertThat(memo.refunded()).isEqualTo(RenovationFixture.DEPOSIT);
        assertThat(memo.deductions()).isEmpty();
        assertThat(memo.approvedBy()).isEqualTo("pm");
        assertThat(memo.cashier()).isEqualTo("cashier");
        DepositView d = r.f.steward.keepDeposits().deposit(v.fees().deposit());
        assertThat(d.status()).isEqualTo(DepositStatus.SETTLED);
        assertThat(d.held()).isEqualTo(Fen.ZERO);
        // the unit is free for its next renovation
        r.f.as("desk");
        assertThat(r.desk.apply(r.unit, RenovationFixture.application(java.util.Set.of(), false)).status())
                .isEqualTo(RenovationStatus.APPLIED);
    }

    @Test
    void DEP_04_a_partial_refund_itemises_the_deductions_with_their_evidence() {
        RenovationView v = withPenaltyPosted(Fen.yuan(500));
        r.refundDay();
        r.readyForRefund(v.id());
        ApprovalId approval = r.refundApproved(v.id(), Fen.yuan(2_500));
        r.f.as("cashier");
        Memo memo = r.settle.refund(v.id(), refund(approval)).settlement().memo();

        assertThat(memo.outcome()).isEqualTo(RefundOutcome.PARTIAL_REFUND);
        assertThat(memo.deposit()).isEqualTo(Fen.yuan(3_000));
        assertThat(memo.refunded()).isEqualTo(Fen.yuan(2_500));
        assertThat(memo.deductions()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(PostingCode.PENALTY);
            assertThat(d.amount()).isEqualTo(Fen.yuan(500));
            assertThat(d.evidence()).contains("violation notice 1");
        });
    }

    @Test
    void DEP_04_deductions_that_take_the_whole_deposit_withhold_it() {
        RenovationView v = withPenaltyPosted(RenovationFixture.DEPOSIT);
        r.refundDay();
        r.readyForRefund(v.id());
        ApprovalId approval = r.refundApproved(v.id(), Fen.ZERO);
        r.f.as("cashier");
        Memo memo = r.settle.refund(v.id(), refund(approval)).settlement().memo();
        assertThat(memo.outcome()).isEqualTo(RefundOutcome.WITHHELD);
        assertThat(memo.refunded()).isEqualTo(Fen.ZERO);
    }

    @Test
    void DEP_04_not_before_three_months_after_the_acceptance() {
        RenovationView v = r.accepted();
        r.f.clock.advance(java.time.Duration.ofDays(91)); // 16 March + 91 days = 15 June; due 16 June
        r.f.as("desk");
        refused(() -> r.settle.requestRefund(v.id(), new RefundRequest(RenovationParty.OWNER, "张三", null)), "DEP-04",
                "refund-not-due");
        r.f.clock.advance(java.time.Duration.ofDays(1));
        assertThat(r.settle.requestRefund(v.id(), new RefundRequest(RenovationParty.OWNER, "张三", null)).settlement()
                .request()).isNotNull();
    }

    @Test
    void DEP_04_the_neighbours_check_comes_first_and_harm_found_stops_the_refund() {
        RenovationView v = r.accepted();
        r.refundDay();
        ApprovalId approval = r.refundApproved(v.id(), RenovationFixture.DEPOSIT);
        r.f.as("cashier");
        refused(() -> r.settle.refund(v.id(), refund(approval)), "DEP-04", "neighbours-not-checked");
        r.f.as("desk");
        r.settle.checkNeighbours(v.id(), new NeighbourCheck(true, "water stain on the ceiling of 0001"));
        r.f.as("cashier");
        refused(() -> r.settle.refund(v.id(), refund(approval)), "DEP-04", "neighbours-harmed");
    }

    @Test
    void DEP_04_a_refund_the_contractor_asks_for_needs_the_owners_consent() {
        RenovationView v = r.accepted();
        r.refundDay();
        r.f.as("desk");
        refused(() -> r.settle.requestRefund(v.id(), new RefundRequest(RenovationParty.CONTRACTOR, "李四", null)), "DEP-04",
                "owner-consent-missing");
        assertThat(r.settle.requestRefund(v.id(), new RefundRequest(RenovationParty.CONTRACTOR, "李四", "CONSENT-1"))
                .settlement().request().ownerConsent()).isEqualTo("CONSENT-1");
        // one request: the sign-offs that follow are for it
        refused(() -> r.settle.requestRefund(v.id(), new RefundRequest(RenovationParty.OWNER, "张三", null)), "DEP-04",
                "refund-requested-already");
    }

    @Test
    void DEP_04_the_owner_the_contractor_and_the_project_centre_each_sign_off() {
        RenovationView v = r.accepted();
        r.refundDay();
        r.f.as("desk");
        refused(() -> r.settle.signOff(v.id(), new SignOff(RenovationParty.OWNER, "张三")), "DEP-04", "refund-not-requested");
        r.settle.checkNeighbours(v.id(), new NeighbourCheck(false, "fine"));
        r.settle.requestRefund(v.id(), new RefundRequest(RenovationParty.OWNER, "张三", null));
        r.settle.signOff(v.id(), new SignOff(RenovationParty.OWNER, "张三"));
        refused(() -> r.settle.signOff(v.id(), new SignOff(RenovationParty.OWNER, "张三")), "DEP-04", "signed-off-already");
        ApprovalId approval = r.refundApproved(v.id(), RenovationFixture.DEPOSIT);
        r.f.as("cashier");
        assertThatThrownBy(() -> r.settle.refund(v.id(), refund(approval))).isInstanceOfSatisfying(Refusal.class, x -> {
            assertThat(x.code()).isEqualTo("sign-off-missing");
            assertThat(x.getMessage()).contains("CONTRACTOR", "PROJECT_CENTRE");
        });
        r.f.as("desk");
        r.settle.signOff(v.id(), new SignOff(RenovationParty.CONTRACTOR, "李四"));
        r.f.as("cashier");
        refused(() -> r.settle.refund(v.id(), refund(approval)), "DEP-04", "sign-off-missing");
    }

    @Test
    void DEP_04_the_project_centre_signs_off_as_the_person_who_acts_never_as_a_typed_name() {
        RenovationView v = r.accepted();
        r.refundDay();
        r.readyForRefund(v.id());
        assertThat(r.browse.renovation(v.id()).settlement().signOffs()).filteredOn(s -> s.party()
                == RenovationParty.PROJECT_CENTRE).singleElement().satisfies(s -> assertThat(s.signerName()).isEqualTo("desk"));
        r.f.as("cashier");
        RenovationFixture other = new RenovationFixture();
        RenovationView w = other.accepted();
        other.refundDay();
        other.f.as("cashier");
        assertThatThrownBy(() -> other.settle.signOff(w.id(), new SignOff(RenovationParty.PROJECT_CENTRE, "pm")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void DEP_04_the_project_managers_approval_of_the_refundable_amount_is_required_and_used() {
        RenovationView v = withPenaltyPosted(Fen.yuan(500));
        r.refundDay();
        r.readyForRefund(v.id());
        r.f.as("cashier");
        refused(() -> r.settle.refund(v.id(), refund(null)), "DEP-04", "approval-required");
        ApprovalId whole = r.refundApproved(v.id(), RenovationFixture.DEPOSIT); // not what is refundable
        r.f.as("cashier");
        assertThatThrownBy(() -> r.settle.refund(v.id(), refund(whole))).isInstanceOf(Refusal.class);
        assertThat(r.f.steward.keepDeposits().deposit(v.fees().deposit()).status()).isEqualTo(DepositStatus.HELD);

        ApprovalId right = r.refundApproved(v.id(), Fen.yuan(2_500));
        r.f.as("cashier");
        RenovationView settled = r.settle.refund(v.id(), refund(right));
        assertThat(settled.settlement().memo().approval()).isEqualTo(right);
        r.f.as("pm");
        assertThat(r.f.approvals.about(r.f.estate, v.id().toString())).filteredOn(a -> a.id().equals(right))
                .singleElement().satisfies(a -> assertThat(a.consumedBy()).isNotNull());
    }

    @Test
    void DEP_04_deductions_still_held_are_posted_or_voided_before_the_refund() {
        RenovationView w = r.inWorks();
        Instant now = r.f.clock.instant();
        r.f.as("guard");
        r.supervise.notice(w.id(), new Notice("bars", now.minusSeconds(60), now, true, true, Fen.yuan(500)));
        ApprovalId penalty = r.penaltyApproved(w, Fen.yuan(500));
        r.f.as("cashier");
        r.supervise.filePenalty(w.id(), 1, new FilePenalty(penalty, PostingId.newId()));
        r.accept(w.id());
        r.refundDay();
        r.readyForRefund(w.id());
        ApprovalId approval = r.refundApproved(w.id(), Fen.yuan(2_500));
        r.f.as("cashier");
        refused(() -> r.settle.refund(w.id(), refund(approval)), "DEP-04", "refundable-changed");
    }

    @Test
    void DEP_04_the_refunds_due_are_listed_by_month_and_told_once_each_with_an_event() {
        RenovationView v = r.accepted(); // due 16 June 2026
        r.f.as("desk");
        assertThat(r.settle.refundsDue(r.f.estate, YearMonth.of(2026, 5))).isEmpty();
        List<RefundDue> june = r.settle.refundsDue(r.f.estate, YearMonth.of(2026, 6));
        assertThat(june).singleElement().satisfies(d -> {
            assertThat(d.renovation()).isEqualTo(v.id());
            assertThat(d.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 6, 16));
            assertThat(d.held()).isEqualTo(RenovationFixture.DEPOSIT);
            assertThat(d.notifyName()).isEqualTo("张*");
        });
        assertThat(r.settle.notifyRefundsDue(r.f.estate)).isEmpty(); // not due yet

        r.refundDay();
        r.f.as("desk");
        assertThat(r.settle.notifyRefundsDue(r.f.estate)).singleElement()
                .satisfies(d -> assertThat(d.notifiedAt()).isNotNull());
        assertThat(r.settle.notifyRefundsDue(r.f.estate)).isEmpty(); // told once
        assertThat(r.f.memory.events.published()).filteredOn(e -> e instanceof RenovationEvents.RefundDue).singleElement()
                .satisfies(e -> assertThat(((RenovationEvents.RefundDue) e).renovation()).isEqualTo(v.id()));
    }

    @Test
    void DEP_04_the_same_refund_again_is_the_same_refund() {
        RenovationView v = r.accepted();
        r.refundDay();
        r.readyForRefund(v.id());
        ApprovalId approval = r.refundApproved(v.id(), RenovationFixture.DEPOSIT);
        r.f.as("cashier");
        Refund once = refund(approval);
        RenovationView first = r.settle.refund(v.id(), once);
        assertThat(r.settle.refund(v.id(), once).version()).isEqualTo(first.version());
        refused(() -> r.settle.refund(v.id(), refund(approval)), "DEP-04", "renovation-step-out-of-order");
    }

    @Test
    void DEP_01_DEP_04_without_a_deposit_the_renovation_settles_with_nothing_to_refund() {
        RenovationFixture none = new RenovationFixture(new DepositPolicy(false, false, Fen.ZERO, Fen.yuan(50)),
                RenovationFixture.RULES);
        RenovationView v = none.accepted();
        none.refundDay();
        none.readyForRefund(v.id());
        none.f.as("cashier");
        assertThat(none.settle.refund(v.id(), new Refund(null, PostingId.newId(), "M-9")).settlement().memo().outcome())
                .isEqualTo(RefundOutcome.NO_DEPOSIT);
    }
}
