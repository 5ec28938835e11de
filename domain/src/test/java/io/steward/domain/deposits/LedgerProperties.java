package io.steward.domain.deposits;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * DEP-06 over random sequences of deductions held, posted and voided, and entries reversed, on one deposit: whatever
 * is refused, every balance equals the sum of the deposit's entries, nothing is held below zero, no hold is ended
 * twice, no entry reversed twice, and each posting's two sides sum to zero across the ledger.
 */
class LedgerProperties {
    /** One step: what it does, an amount in fen, and which earlier posting it names. */
    record Step(int op, long amount, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(1, 120_000), Arbitraries.integers().between(0, 50)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 40)
    void DEP_06_every_balance_is_the_sum_of_its_entries_and_nothing_is_held_below_zero(@ForAll("steps") List<Step> steps) {
        DepositFixture d = new DepositFixture();
        DepositView deposit = d.collect(DepositPurpose.RENOVATION);
        List<PostingView> made = new ArrayList<>();
        for (Step s : steps) {
            try {
                PostingView p = switch (s.op()) {
                    case 0 -> d.book.holdPenalty(deposit.id(), new HoldDeduction(PostingId.newId(), DeductionKind.PENALTY,
                            Fen.of(s.amount()), d.penaltyApproved(deposit, Fen.of(s.amount())), null, "notice"));
                    case 1, 2 -> made.isEmpty() ? null : (s.op() == 1 ? d.desk.postHold(deposit.id(),
                            new EndHold(PostingId.newId(), pick(made, s).id(), null)) : d.desk.voidHold(deposit.id(),
                            new EndHold(PostingId.newId(), pick(made, s).id(), null,
                                    d.reversalApproved(pick(made, s).id()))));
                    default -> made.isEmpty() ? null : reverse(d, deposit, pick(made, s));
                };
                if (p != null) {
                    made.add(p);
                }
            } catch (Refusal refused) {
                // refused steps move nothing: the invariants below hold all the same
            }
            d.f.as("cashier");
            invariants(d, deposit);
        }
    }

    private static PostingView pick(List<PostingView> made, Step s) {
        return made.get(s.pick() % made.size());
    }

    private static PostingView reverse(DepositFixture d, DepositView deposit, PostingView entry) {
        return d.desk.reverse(deposit.id(), new Reverse(PostingId.newId(), entry.id(), "corrected",
                d.reversalApproved(entry.id())));
    }

    private static void invariants(DepositFixture d, DepositView deposit) {
        List<PostingView> all = d.desk.postings(deposit.id(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        long creditsPosted = 0;
        long debitsPosted = 0;
        long debitsPending = 0;
        List<PostingId> ended = new ArrayList<>();
        List<PostingId> reversed = new ArrayList<>();
        for (PostingView p : all) {
            boolean moves = p.kind() == PostingKind.POSTED || p.kind() == PostingKind.POST_PENDING;
            if (moves && p.credit() == AccountKind.DEPOSIT_HELD) {
                creditsPosted += p.amount().value();
            }
            if (moves && p.debit() == AccountKind.DEPOSIT_HELD) {
                debitsPosted += p.amount().value();
            }
            if (p.debit() == AccountKind.DEPOSIT_HELD) {
                debitsPending += switch (p.kind()) {
                    case PENDING -> p.amount().value();
                    case POST_PENDING, VOID_PENDING -> -p.amount().value();
                    default -> 0;
                };
            }
            if (p.pending() != null) {
                assertThat(ended).as("a hold is ended once").doesNotContain(p.pending());
                ended.add(p.pending());
            }
            if (p.code() == PostingCode.REVERSAL) {
                assertThat(reversed).as("an entry is reversed once").doesNotContain(p.reverses());
                reversed.add(p.reverses());
            }
        }
        DepositView now = d.desk.deposit(deposit.id());
        assertThat(now.held().value()).isEqualTo(creditsPosted - debitsPosted);
        assertThat(now.withheld().value()).isEqualTo(debitsPending);
        assertThat(now.available().value()).isEqualTo(creditsPosted - debitsPosted - debitsPending).isNotNegative();
        assertThat(now.held().value()).isLessThanOrEqualTo(DepositFixture.RENOVATION_DEPOSIT.value());
        // the other side of every posting: cash and penalty income move by the same amounts the deposit does
        var ledger = d.f.memory.depositLedger;
        var cash = ledger.balance(io.steward.ports.deposits.AccountRef.cash(d.f.estate));
        var income = ledger.balance(io.steward.ports.deposits.AccountRef.penalties(d.f.estate));
        assertThat(cash.debitsPosted() - cash.creditsPosted() - income.creditBalance()).isEqualTo(now.held().value());
        assertThat(income.creditsPending()).isEqualTo(now.withheld().value());
    }
}
