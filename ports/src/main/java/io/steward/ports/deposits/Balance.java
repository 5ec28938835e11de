package io.steward.ports.deposits;

import io.steward.ports.shared.Fen;

/**
 * An account's running sums, in fen, kept by the ledger as postings are appended (a balance is read, never summed
 * from the history). Each sum is within {@link Fen#MAX} times the postings an account can take, far below
 * {@code Long.MAX_VALUE}.
 */
public record Balance(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
    public static final Balance NONE = new Balance(0, 0, 0, 0);

    public Balance {
        if (debitsPosted < 0 || creditsPosted < 0 || debitsPending < 0 || creditsPending < 0) {
            throw new IllegalArgumentException("a balance's sums are never negative");
        }
    }

    /** A credit-normal account's balance posted (credits less debits), e.g. what a deposit holds. */
    public long creditBalance() {
        return creditsPosted - debitsPosted;
    }

    /** What a deposit account holds and may still pay out: posted credits less posted and held debits. */
    public long available() {
        return creditsPosted - debitsPosted - debitsPending;
    }

    /**
     * What one side of a posting moves on an account's four sums — signed: ending a hold takes its amount off the
     * pending sum. Every store moves balances by this, so none can move them differently.
     */
    public record Movement(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
        /** The movement of a posting of {@code kind} by {@code amount} on the debit ({@code debit}) or credit side. */
        public static Movement of(PostingKind kind, boolean debit, long amount) {
            long posted = kind == PostingKind.POSTED || kind == PostingKind.POST_PENDING ? amount : 0;
            long pending = switch (kind) {
                case PENDING -> amount;
                case POST_PENDING, VOID_PENDING -> -amount;
                case POSTED -> 0;
            };
            return debit ? new Movement(posted, 0, pending, 0) : new Movement(0, posted, 0, pending);
        }
    }

    /** The balance after a posting of {@code kind} moves {@code amount} on this account's debit or credit side. */
    public Balance after(PostingKind kind, boolean debit, long amount) {
        Movement m = Movement.of(kind, debit, amount);
        return new Balance(Math.addExact(debitsPosted, m.debitsPosted()), Math.addExact(creditsPosted, m.creditsPosted()),
                Math.addExact(debitsPending, m.debitsPending()), Math.addExact(creditsPending, m.creditsPending()));
    }
}
