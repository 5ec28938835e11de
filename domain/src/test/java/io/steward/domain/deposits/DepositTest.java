package io.steward.domain.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.deposits.AccountKind;
import io.steward.ports.deposits.DeductionKind;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.PostingView;
import io.steward.ports.deposits.in.KeepDeposits.EndHold;
import io.steward.ports.deposits.in.KeepDeposits.HoldDeduction;
import io.steward.ports.deposits.in.KeepDeposits.Reverse;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DepositTest {
    private final DepositFixture d = new DepositFixture();

    private static void refused(ThrowingCallable call, String rule, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo(rule);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    private PostingView penalty(DepositView deposit, Fen amount) {
        ApprovalId approval = d.penaltyApproved(deposit, amount);
        return d.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY, amount,
                approval, null, "violation notice V-7"));
    }

    /** A charge of CNY 300 of the waste-removal fee, unpaid, on the deposit's unit. */
    private UUID unpaidCharge() {
        d.f.as("cashier");
        var account = d.f.fees.charge(d.unit, new PostFees.Charge("REPAIR", Fen.yuan(300), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1), "door closer"));
        return account.lines().get(account.lines().size() - 1).id();
    }

    /** The cashier holds CNY 300 of the deposit for the unpaid charge. */
    private PostingView feesHeld(DepositView deposit, UUID charge) {
        d.f.as("cashier");
        return d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES,
                Fen.yuan(300), null, charge, "March"));
    }

    @Test
    void DEP_01_a_renovation_deposit_is_collected_at_the_published_amount_into_the_deposit_held() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);

        assertThat(deposit.amount()).isEqualTo(DepositFixture.RENOVATION_DEPOSIT);
        assertThat(deposit.held()).isEqualTo(DepositFixture.RENOVATION_DEPOSIT);
        assertThat(deposit.available()).isEqualTo(DepositFixture.RENOVATION_DEPOSIT);
        PostingView collection = d.desk.postings(deposit.id(), PageRequest.first(10)).items().get(0);
        assertThat(collection.code()).isEqualTo(PostingCode.COLLECTION);
        assertThat(collection.debit()).isEqualTo(AccountKind.CASH);
        assertThat(collection.credit()).isEqualTo(AccountKind.DEPOSIT_HELD);
        assertThat(collection.reference()).isEqualTo("receipt:R-0001");
    }

    @Test
    void DEP_01_an_estate_whose_local_rules_forbid_deposits_collects_none_and_stores_nothing() {
        DepositFixture forbidden = new DepositFixture(new DepositPolicy(false, false, Fen.yuan(2_000), Fen.yuan(50)));

        refused(() -> forbidden.collect(DepositPurpose.RENOVATION), "DEP-01", "deposits-not-collected");
        assertThat(forbidden.desk.ofEstate(forbidden.f.estate, null, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void DEP_02_no_deposit_is_collected_before_the_estate_publishes_its_amount() {
        DepositFixture unpublished = new DepositFixture(new DepositPolicy(true, true, Fen.ZERO, Fen.yuan(50)));

        refused(() -> unpublished.collect(DepositPurpose.RENOVATION), "DEP-02", "deposit-not-published");
    }

    @Test
    void DEP_05_a_parking_card_deposit_is_CNY_50() {
        assertThat(d.collect(DepositPurpose.PARKING_CARD).held()).isEqualTo(Fen.yuan(50));
    }

    @Test
    void DEP_03_a_penalty_is_deducted_only_on_the_project_managers_approval_of_that_amount() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        d.f.as("cashier");
        refused(() -> d.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY,
                Fen.yuan(500), null, null, "notice V-7")), "REN-09", "approval-required");
        ApprovalId forFiveHundred = d.penaltyApproved(deposit, Fen.yuan(500));
        refused(() -> d.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY,
                Fen.yuan(800), forFiveHundred, null, "notice V-7")), "REN-09", "approval-not-for-this-act");

        PostingView held = d.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY,
                Fen.yuan(500), forFiveHundred, null, "notice V-7"));

        assertThat(held.kind()).isEqualTo(PostingKind.PENDING);
        assertThat(held.credit()).isEqualTo(AccountKind.PENALTY_INCOME);
        assertThat(held.reference()).isEqualTo("approval:" + forFiveHundred);
        DepositView after = d.desk.deposit(deposit.id());
        assertThat(after.held()).isEqualTo(Fen.yuan(2_000));
        assertThat(after.withheld()).isEqualTo(Fen.yuan(500));
        assertThat(after.available()).isEqualTo(Fen.yuan(1_500));
    }

    @Test
    void DEP_03_deductions_are_made_from_the_renovation_deposit_only() {
        DepositView card = d.collect(DepositPurpose.PARKING_CARD);
        ApprovalId approval = d.penaltyApproved(card, Fen.yuan(10));
        UUID charge = unpaidCharge();
        d.f.as("cashier");

        refused(() -> d.book.holdPenalty(card.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY,
                Fen.yuan(10), approval, null, "notice V-7")), "DEP-03", "deduction-only-from-renovation-deposit");
        refused(() -> d.desk.holdDeduction(card.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES,
                Fen.yuan(10), null, charge, "March")), "DEP-03", "deduction-only-from-renovation-deposit");
    }

    @Test
    void DEP_01_an_estate_whose_local_rules_forbid_penalties_deducts_none() {
        DepositFixture noPenalties = new DepositFixture(new DepositPolicy(true, false, Fen.yuan(2_000), Fen.yuan(50)));
        DepositView deposit = noPenalties.collect(DepositPurpose.RENOVATION);
        ApprovalId approval = noPenalties.penaltyApproved(deposit, Fen.yuan(500));

        refused(() -> noPenalties.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(),
                DeductionKind.PENALTY, Fen.yuan(500), approval, null, "notice V-7")), "DEP-01", "penalties-not-allowed");
    }

    @Test
    void DEP_03_unpaid_fees_are_deducted_naming_an_open_charge_of_the_unit_and_never_more_than_unpaid() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        UUID charge = unpaidCharge();
        d.f.as("cashier");
        refused(() -> d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES,
                Fen.yuan(300), null, null, "March")), "DEP-03", "deduction-without-evidence");
        refused(() -> d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES,
                Fen.yuan(300), null, UUID.randomUUID(), "March")), "DEP-03", "not-an-open-charge");
        refused(() -> d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_UTILITIES,
                Fen.yuan(300), null, charge, "March")), "DEP-03", "not-an-open-charge");
        refused(() -> d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES,
                Fen.of(30_001), null, charge, "March")), "DEP-03", "more-than-unpaid");

        d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES, Fen.yuan(200),
                null, charge, "March"));
        refused(() -> d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES,
                Fen.of(10_001), null, charge, "March")), "DEP-03", "more-than-unpaid");
        assertThat(d.desk.deposit(deposit.id()).withheld()).isEqualTo(Fen.yuan(200));
    }

    @Test
    void DEP_03_unpaid_fees_count_against_the_units_arrears_not_only_the_charge() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        UUID charge = unpaidCharge();
        d.f.as("cashier");
        d.f.fees.pay(d.unit, new PostFees.Payment(Fen.yuan(250), "RC-9"));

        refused(() -> d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES,
                Fen.of(5_001), null, charge, "March")), "DEP-03", "more-than-unpaid");
        d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.UNPAID_FEES, Fen.yuan(50),
                null, charge, "March"));
    }

    @Test
    void DEP_03_a_posted_fee_deduction_pays_the_units_fee_account() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        UUID charge = unpaidCharge();
        PostingView hold = feesHeld(deposit, charge);
        long paidBefore = d.f.memory.ledger.totals(d.unit).sum(FeeEntryKind.PAYMENT);
        assertThat(d.f.queries.feeAccount(d.unit).arrears()).isEqualTo(Fen.yuan(300));

        d.desk.postHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), "refund day"));

        assertThat(d.f.memory.ledger.totals(d.unit).sum(FeeEntryKind.PAYMENT) - paidBefore).isEqualTo(30_000);
        assertThat(d.f.queries.feeAccount(d.unit).arrears()).isEqualTo(Fen.ZERO);
        DepositView after = d.desk.deposit(deposit.id());
        assertThat(after.held()).isEqualTo(Fen.yuan(1_700));
        assertThat(after.withheld()).isEqualTo(Fen.ZERO);
    }

    @Test
    void DEP_03_REN_09_a_penalty_is_held_from_its_violation_notice_never_by_hand_at_the_till() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        ApprovalId approval = d.penaltyApproved(deposit, Fen.yuan(500));
        refused(() -> d.desk.holdDeduction(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY,
                Fen.yuan(500), approval, null, "notice V-7")), "DEP-03", "penalty-through-its-notice");
        assertThat(d.desk.deposit(deposit.id()).withheld()).isEqualTo(Fen.ZERO);
    }

    @Test
    void DEP_04_a_refund_pays_out_exactly_the_amount_approved_or_nothing() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        d.f.as("cashier");
        refused(() -> d.book.refund(deposit.id(), PostingId.newId(), "M-1", Fen.yuan(1_999)), "DEP-04",
                "refund-not-as-approved");
        assertThat(d.desk.deposit(deposit.id()).held()).isEqualTo(DepositFixture.RENOVATION_DEPOSIT);
        assertThat(d.book.refund(deposit.id(), PostingId.newId(), "M-1", DepositFixture.RENOVATION_DEPOSIT).held())
                .isEqualTo(Fen.ZERO);
    }

    @Test
    void DEP_06_the_deposits_held_per_purpose_and_holder_kind_and_in_all() {
        DepositView renovation = d.collect(DepositPurpose.RENOVATION);
        d.collect(DepositPurpose.PARKING_CARD);
        DepositView settled = d.collect(DepositPurpose.RENOVATION);
        d.f.as("cashier");
        d.book.refund(settled.id(), PostingId.newId(), "M-9");
        penalty(renovation, Fen.yuan(300));

        io.steward.ports.deposits.DepositsHeld held = d.desk.held(d.f.estate);
        assertThat(held.lines()).extracting(l -> l.purpose() + " " + l.holderKind() + " " + l.deposits() + " "
                + l.held().value() + " " + l.withheld().value() + " " + l.available().value())
                .containsExactly("PARKING_CARD OWNER 1 5000 0 5000", "RENOVATION OWNER 1 200000 30000 170000");
        assertThat(held.total().deposits()).isEqualTo(2);
        assertThat(held.total().held()).isEqualTo(Fen.of(205_000));
        assertThat(held.total().available()).isEqualTo(Fen.of(175_000));
    }

    @Test
    void DEP_06_a_deduction_never_exceeds_what_the_deposit_still_holds() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        penalty(deposit, Fen.yuan(1_500));
        ApprovalId more = d.penaltyApproved(deposit, Fen.of(50_001));

        refused(() -> d.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY,
                Fen.of(50_001), more, null, "notice V-8")), "DEP-06", "more-than-held");
    }

    @Test
    void DEP_06_a_hold_is_posted_or_voided_once_and_a_void_moves_nothing() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        PostingView hold = penalty(deposit, Fen.yuan(500));

        refused(() -> d.desk.voidHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), "notice withdrawn")),
                "DEP-06", "approval-required"); // the project manager approved the penalty: only they undo it
        d.desk.voidHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), "notice withdrawn",
                d.reversalApproved(hold.id())));

        DepositView after = d.desk.deposit(deposit.id());
        assertThat(after.held()).isEqualTo(Fen.yuan(2_000));
        assertThat(after.available()).isEqualTo(Fen.yuan(2_000));
        refused(() -> d.desk.postHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), null)), "DEP-06", "hold-ended");
        PostingView collection = d.desk.postings(deposit.id(), PageRequest.first(1)).items().get(0);
        refused(() -> d.desk.postHold(deposit.id(), new EndHold(PostingId.newId(), collection.id(), null)), "DEP-06",
                "not-a-hold");
    }

    @Test
    void DEP_06_a_posting_id_is_processed_once() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        PostingView hold = penalty(deposit, Fen.yuan(500));
        EndHold post = new EndHold(PostingId.newId(), hold.id(), null);

        PostingView first = d.desk.postHold(deposit.id(), post);
        PostingView again = d.desk.postHold(deposit.id(), post);

        assertThat(again).isEqualTo(first);
        assertThat(d.desk.postings(deposit.id(), PageRequest.first(10)).total()).isEqualTo(3);
        assertThat(d.desk.deposit(deposit.id()).held()).isEqualTo(Fen.yuan(1_500));
        refused(() -> d.desk.voidHold(deposit.id(), post), "DEP-06", "posting-id-reused");
    }

    @Test
    void DEP_06_a_posted_entry_is_corrected_by_one_reversal_on_the_project_managers_approval() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        PostingView hold = penalty(deposit, Fen.yuan(500));
        PostingView posted = d.desk.postHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), null));
        refused(() -> d.desk.reverse(deposit.id(), new Reverse(PostingId.newId(), posted.id(), "wrong deposit", null)),
                "DEP-06", "approval-required");
        ApprovalId approval = d.reversalApproved(posted.id());

        PostingView reversal = d.desk.reverse(deposit.id(), new Reverse(PostingId.newId(), posted.id(), "wrong deposit",
                approval));

        assertThat(reversal.debit()).isEqualTo(AccountKind.PENALTY_INCOME);
        assertThat(reversal.credit()).isEqualTo(AccountKind.DEPOSIT_HELD);
        assertThat(d.desk.deposit(deposit.id()).held()).isEqualTo(Fen.yuan(2_000));
        ApprovalId again = d.reversalApproved(posted.id());
        refused(() -> d.desk.reverse(deposit.id(), new Reverse(PostingId.newId(), posted.id(), "again", again)), "DEP-06",
                "reversed-already");
        refused(() -> d.desk.reverse(deposit.id(), new Reverse(PostingId.newId(), hold.id(), "a hold", again)), "DEP-06",
                "not-reversible");
        refused(() -> d.desk.reverse(deposit.id(), new Reverse(PostingId.newId(), reversal.id(), "a reversal", again)),
                "DEP-06", "not-reversible");
    }

    @Test
    void DEP_06_a_fee_deduction_that_paid_the_fee_account_is_not_reversed_on_the_deposit() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        UUID charge = unpaidCharge();
        PostingView hold = feesHeld(deposit, charge);
        PostingView posted = d.desk.postHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), null));
        ApprovalId approval = d.reversalApproved(posted.id());

        refused(() -> d.desk.reverse(deposit.id(), new Reverse(PostingId.newId(), posted.id(), "wrong", approval)),
                "DEP-06", "not-reversible");
    }

    @Test
    void DEP_06_a_collection_is_not_reversed_money_goes_back_by_the_refund() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        PostingView collection = d.desk.postings(deposit.id(), PageRequest.first(1)).items().get(0);
        ApprovalId approval = d.reversalApproved(collection.id());

        refused(() -> d.desk.reverse(deposit.id(), new Reverse(PostingId.newId(), collection.id(), "collected twice",
                approval)), "DEP-06", "not-reversible");
        assertThat(d.desk.deposit(deposit.id()).held()).isEqualTo(DepositFixture.RENOVATION_DEPOSIT);
    }

    @Test
    void DEP_03_a_held_fee_deduction_is_not_posted_once_the_owner_paid_at_the_counter() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        UUID charge = unpaidCharge();
        PostingView hold = feesHeld(deposit, charge);
        d.f.fees.pay(d.unit, new PostFees.Payment(Fen.yuan(300), "RC-10"));

        refused(() -> d.desk.postHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), null)), "DEP-03",
                "more-than-unpaid");
        d.desk.voidHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), "paid at the counter"));
        assertThat(d.desk.deposit(deposit.id()).available()).isEqualTo(DepositFixture.RENOVATION_DEPOSIT);
        assertThat(d.f.queries.feeAccount(d.unit).credit()).isEqualTo(Fen.ZERO);
    }

    @Test
    void DEP_04_the_cashiers_desk_does_not_reach_the_collection_or_the_refund() {
        assertThat(d.desk).isNotInstanceOf(DepositBook.class);
    }

    @Test
    void DEP_04_a_refund_waits_for_the_held_deductions_and_then_pays_back_what_is_left() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        PostingView hold = penalty(deposit, Fen.yuan(500));
        refused(() -> d.book.refund(deposit.id(), PostingId.newId(), "M-1"), "DEP-04", "deductions-held");
        d.desk.postHold(deposit.id(), new EndHold(PostingId.newId(), hold.id(), null));

        DepositView settled = d.book.refund(deposit.id(), PostingId.newId(), "M-1");

        assertThat(settled.status()).isEqualTo(io.steward.ports.deposits.DepositStatus.SETTLED);
        assertThat(settled.held()).isEqualTo(Fen.ZERO);
        PostingView refund = d.desk.postings(deposit.id(), PageRequest.first(10)).items().get(3);
        assertThat(refund.code()).isEqualTo(PostingCode.REFUND);
        assertThat(refund.amount()).isEqualTo(Fen.yuan(1_500));
        refused(() -> d.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY,
                Fen.yuan(1), d.penaltyApproved(deposit, Fen.yuan(1)), null, "late")), "DEP-06", "deposit-settled");
    }

    @Test
    void only_the_cashier_moves_a_deposits_money() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        ApprovalId approval = d.penaltyApproved(deposit, Fen.yuan(500));
        d.f.as("clerk");

        assertThatThrownBy(() -> d.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(),
                DeductionKind.PENALTY, Fen.yuan(500), approval, null, "notice"))).isInstanceOf(AccessDenied.class);
        assertThat(d.desk.deposit(deposit.id()).withheld()).isEqualTo(Fen.ZERO);
    }

    @Test
    void EST_08_the_holders_name_and_phone_are_masked_without_the_grant() {
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);

        assertThat(deposit.holderName()).isEqualTo("张*");
        assertThat(deposit.holderPhone()).isEqualTo("138****8000");
    }
}
