package io.steward.domain.deposits;

import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.Balance;
import io.steward.ports.deposits.DeductionKind;
import io.steward.ports.deposits.DepositRefusals;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.deposits.out.Posting;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A deposit with its account's balance (DEP-06): what it holds, what is withheld by deductions held, and the postings
 * it may take. It never pays out more than it holds: a deduction held, a refund or a reversal that debits the deposit
 * is refused beyond what is available (held less withheld). Every posting it makes debits one account and credits
 * another by one positive amount, so each balances by construction; none is ever changed, only reversed.
 */
public final class DepositAccount {
    private final DepositState state;
    private final Balance balance;

    public DepositAccount(DepositState state, Balance balance) {
        this.state = state;
        this.balance = balance;
    }

    /** The deposit's own account in the ledger. */
    public static AccountRef account(DepositState state) {
        return AccountRef.held(state.estate(), state.id());
    }

    public AccountRef account() {
        return account(state);
    }

    public DepositState state() {
        return state;
    }

    /** What the deposit holds: collected, less what was deducted and refunded, with reversals. */
    public Fen held() {
        return Fen.of(balance.creditBalance());
    }

    /** Deductions held against it and not yet posted or voided. */
    public Fen withheld() {
        return Fen.of(balance.debitsPending());
    }

    /** What could still be deducted or refunded. */
    public Fen available() {
        return Fen.of(balance.available());
    }

    /** DEP-01 / DEP-05: the collection at the cashier — cash in, held for the holder. */
    static Posting collection(DepositState state, PostingId id, String receipt, String actor, Instant at) {
        return new Posting(id, state.estate(), state.id(), PostingCode.COLLECTION, PostingKind.POSTED,
                AccountRef.cash(state.estate()), account(state), state.amount(), null, null, "receipt:" + receipt, null,
                actor, at);
    }

    /**
     * DEP-04 / DEP-05: refunds what the deposit holds, whole, to the holder — once every deduction held is posted or
     * voided, so that refundable = deposit − deductions. Null when nothing is left to refund (withheld whole).
     */
    Posting refund(PostingId id, String receipt, String actor, Instant at) {
        requireHeld();
        if (!withheld().isZero()) {
            throw DepositRefusals.DEDUCTIONS_HELD.refuse("deductions of " + withheld().toYuanString() + " are still held:"
                    + " post or void them before the refund", Map.of("withheld", withheld().value()));
        }
        return held().isZero() ? null : new Posting(id, state.estate(), state.id(), PostingCode.REFUND, PostingKind.POSTED,
                account(), AccountRef.cash(state.estate()), held(), null, null, "memo:" + receipt, null, actor, at);
    }

    /** The deposit settled: nothing moves on it any more. */
    DepositState settled() {
        return state.withStatus(DepositStatus.SETTLED);
    }

    /**
     * DEP-03: holds a deduction of {@code kind} paying {@code credited}; counted against the deposit at once.
     *
     * @throws io.steward.ports.shared.Refusal DEP-06 {@code more-than-held} beyond what is available
     */
    Posting hold(PostingId id, DeductionKind kind, Fen amount, AccountRef credited, String reference, String evidence,
                 String actor, Instant at) {
        requireHeld();
        requireAvailable(amount, "a deduction");
        return new Posting(id, state.estate(), state.id(), kind.code(), PostingKind.PENDING, account(), credited, amount,
                null, null, reference, evidence, actor, at);
    }

    /**
     * Posts ({@code post}) or voids a held deduction of this deposit, once.
     *
     * @param ended the posting that ended the hold already, if any
     */
    Posting end(PostingId id, Posting hold, boolean post, Optional<Posting> ended, String reason, String actor, Instant at) {
        requireOwn(hold);
        if (hold.kind() != PostingKind.PENDING) {
            throw DepositRefusals.NOT_A_HOLD.refuse("posting " + hold.id() + " is not a held deduction: it is " + hold.kind(),
                    Map.of("posting", hold.id().toString(), "kind", hold.kind().name()));
        }
        if (ended.isPresent()) {
            throw DepositRefusals.HOLD_ENDED.refuse("the hold " + hold.id() + " was ended already, by " + ended.get().kind()
                    + " " + ended.get().id(), Map.of("hold", hold.id().toString(), "endedBy", ended.get().id().toString()));
        }
        requireHeld();
        return new Posting(id, state.estate(), state.id(), hold.code(), post ? PostingKind.POST_PENDING
                : PostingKind.VOID_PENDING, hold.debit(), hold.credit(), hold.amount(), hold.id(), null, hold.reference(),
                reason, actor, at);
    }

    /**
     * DEP-06: reverses a posted penalty of this deposit, once: the same accounts the other way round. A deduction of
     * the unit's fees or utilities is not reversed here (it paid the unit's fee account, where a correction belongs),
     * nor a collection or a refund (money goes back to the holder by the refund of the deposit's process, with its
     * checks).
     *
     * @param reversed the reversal of {@code entry} already recorded, if any
     */
    Posting reverse(PostingId id, Posting entry, Optional<Posting> reversed, String reason, String actor, Instant at) {
        requireOwn(entry);
        boolean moved = entry.kind() == PostingKind.POSTED || entry.kind() == PostingKind.POST_PENDING;
        DeductionKind deduction = DeductionKind.of(entry.code());
        if (!moved || entry.code() == PostingCode.REVERSAL || entry.code() == PostingCode.COLLECTION
                || entry.code() == PostingCode.REFUND || (deduction != null && deduction != DeductionKind.PENALTY)) {
            throw DepositRefusals.NOT_REVERSIBLE.refuse(entry.code() == PostingCode.REVERSAL ? "a reversal is not reversed"
                    : !moved ? "only money that moved is reversed: a held deduction is voided instead"
                    : entry.code() == PostingCode.COLLECTION || entry.code() == PostingCode.REFUND
                    ? "a deposit's money goes back to its holder by the refund of the process it secures, not by a reversal"
                    : "a deduction of the unit's fees or utilities paid its fee account: correct it there",
                    Map.of("posting", entry.id().toString(), "code", entry.code().name(), "kind", entry.kind().name()));
        }
        if (reversed.isPresent()) {
            throw DepositRefusals.REVERSED_ALREADY.refuse("entry " + entry.id() + " was reversed already, by "
                    + reversed.get().id(), Map.of("posting", entry.id().toString(), "reversal", reversed.get().id().toString()));
        }
        requireHeld();
        if (entry.credit().equals(account())) {
            requireAvailable(entry.amount(), "the reversal of " + entry.code());
        }
        return new Posting(id, state.estate(), state.id(), PostingCode.REVERSAL, PostingKind.POSTED, entry.credit(),
                entry.debit(), entry.amount(), null, entry.id(), entry.reference(), reason, actor, at);
    }

    private void requireOwn(Posting posting) {
        if (!posting.deposit().equals(state.id())) {
            throw DepositRefusals.POSTING_OF_ANOTHER_DEPOSIT.refuse("posting " + posting.id() + " is not of deposit "
                    + state.id(), Map.of("posting", posting.id().toString(), "deposit", state.id().toString()));
        }
    }

    private void requireHeld() {
        if (state.status() != DepositStatus.HELD) {
            throw DepositRefusals.DEPOSIT_SETTLED.refuse("deposit " + state.id() + " is settled: nothing moves on it any more",
                    Map.of("deposit", state.id().toString()));
        }
    }

    private void requireAvailable(Fen amount, String what) {
        if (amount.exceeds(available())) {
            throw DepositRefusals.MORE_THAN_HELD.refuse(what + " of " + amount.toYuanString() + " exceeds what the deposit"
                    + " still holds: " + available().toYuanString() + " (held " + held().toYuanString() + ", withheld "
                    + withheld().toYuanString() + ")", Map.of("amount", amount.value(), "available", available().value()));
        }
    }
}
