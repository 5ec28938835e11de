package io.steward.ports.deposits.out;

import io.steward.ports.shared.Fen;

import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.Balance;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The deposit ledger (DEP-06): append-only postings and each account's running {@link Balance}, moved by the same
 * transaction that appends. A write's cost does not grow with the history: it reads the balances it moves and the
 * postings it names, never an account's whole history.
 *
 * <p>What the store itself guarantees, whoever writes to it: a posting id is taken once; a hold is ended once; an entry
 * is reversed once; an account that is never overdrawn ({@link io.steward.ports.deposits.AccountKind#neverOverdrawn})
 * is refused a debit beyond its credits; a posting is never updated or deleted. Each refusal is a {@link
 * io.steward.ports.shared.StoreConflict} (the domain checks first and answers its own codes; these are the last line).
 */
public interface Ledger {
    /** Appends the posting and moves the balances of its two accounts. */
    void append(Posting posting);

    Optional<Posting> find(PostingId id);

    /** The account's balance now ({@link Balance#NONE} for an account nothing has moved yet). */
    Balance balance(AccountRef account);

    /**
     * The balances of many accounts at once (a list of deposits), by {@link AccountRef#key()}; an account nothing has
     * moved yet is {@link Balance#NONE}. An adapter answers it in a few statements; this default asks one by one.
     */
    default java.util.Map<String, Balance> balances(java.util.Collection<AccountRef> accounts) {
        java.util.Map<String, Balance> all = new java.util.HashMap<>();
        for (AccountRef a : accounts) {
            all.put(a.key(), balance(a));
        }
        return all;
    }

    /** The account's balance, held until the transaction ends: a concurrent write to the account waits. */
    Balance lockBalance(AccountRef account);

    /** The posting that ends the hold {@code pending} (posts or voids it), if any. */
    Optional<Posting> endOf(PostingId pending);

    /** The reversal of {@code posting}, if any. */
    Optional<Posting> reversalOf(PostingId posting);

    /**
     * DEP-03: what the holds naming {@code reference} (an unpaid charge, {@code charge:<line>}) claim — held or posted,
     * not voided — in fen: summed by the store, whatever the ledger's history.
     */
    Fen claimedOf(String reference);

    /** The deposit's holds that nothing has posted or voided yet, oldest first. */
    List<Posting> openHolds(DepositId deposit);

    /** The deposit's postings, oldest first, paged. */
    Page<Posting> ofDeposit(DepositId deposit, PageRequest page);
}
