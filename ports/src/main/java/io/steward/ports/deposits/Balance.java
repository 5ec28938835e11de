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

    /** The balance after {@code posting} moves {@code amount} on this account's debit or credit side. */
    public Balance after(PostingKind kind, boolean debit, long amount) {
        return switch (kind) {
            case POSTED -> debit ? new Balance(Math.addExact(debitsPosted, amount), creditsPosted, debitsPending, creditsPending)
                    : new Balance(debitsPosted, Math.addExact(creditsPosted, amount), debitsPending, creditsPending);
            case PENDING -> debit ? new Balance(debitsPosted, creditsPosted, Math.addExact(debitsPending, amount), creditsPending)
                    : new Balance(debitsPosted, creditsPosted, debitsPending, Math.addExact(creditsPending, amount));
            case POST_PENDING -> debit ? new Balance(Math.addExact(debitsPosted, amount), creditsPosted, debitsPending - amount,
                    creditsPending) : new Balance(debitsPosted, Math.addExact(creditsPosted, amount), debitsPending,
                    creditsPending - amount);
            case VOID_PENDING -> debit ? new Balance(debitsPosted, creditsPosted, debitsPending - amount, creditsPending)
                    : new Balance(debitsPosted, creditsPosted, debitsPending, creditsPending - amount);
        };
    }
}
