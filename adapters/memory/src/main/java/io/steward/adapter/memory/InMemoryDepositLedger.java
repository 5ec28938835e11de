package io.steward.adapter.memory;

import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.Balance;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.out.Ledger;
import io.steward.ports.deposits.out.Posting;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.StoreConflict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deposit ledger in memory: an append-only log of postings grouped by deposit, each account's balance, and the
 * indexes that let the store itself refuse what the database's constraints refuse on JPA — a posting id taken twice,
 * a hold ended twice, an entry reversed twice, a deposit account overdrawn.
 */
public final class InMemoryDepositLedger implements Ledger {
    private final MemoryTransactions tx;
    private final AppendLog<Posting> log;
    private final Map<PostingId, Posting> byId = new HashMap<>();
    private final Map<PostingId, Posting> ends = new HashMap<>();
    private final Map<PostingId, Posting> reversals = new HashMap<>();
    private final Map<AccountRef, Balance> balances = new HashMap<>();

    public InMemoryDepositLedger(MemoryTransactions tx) {
        this.tx = tx;
        log = new AppendLog<>(tx, Posting::deposit);
    }

    @Override
    public void append(Posting p) {
        Balance debit;
        Balance credit;
        synchronized (this) {
            if (byId.containsKey(p.id())) {
                throw StoreConflict.duplicate("posting id", p.id());
            }
            if (p.pending() != null && (ends.containsKey(p.pending()) || !byId.containsKey(p.pending()))) {
                throw ends.containsKey(p.pending()) ? StoreConflict.duplicate("end of hold", p.pending())
                        : StoreConflict.missingReference(Map.of("hold", p.pending().toString()));
            }
            if (p.reverses() != null && (reversals.containsKey(p.reverses()) || !byId.containsKey(p.reverses()))) {
                throw reversals.containsKey(p.reverses()) ? StoreConflict.duplicate("reversal of", p.reverses())
                        : StoreConflict.missingReference(Map.of("reverses", p.reverses().toString()));
            }
            debit = balance(p.debit()).after(p.kind(), true, p.amount().value());
            credit = balance(p.credit()).after(p.kind(), false, p.amount().value());
            if (p.debit().kind().neverOverdrawn() && debit.available() < 0) {
                throw StoreConflict.notAdmitted(Map.of("account", p.debit().key(), "check", "never overdrawn"));
            }
        }
        Balance debitBefore = balance(p.debit());
        Balance creditBefore = balance(p.credit());
        log.append(List.of(p));
        tx.change(() -> {
            synchronized (this) {
                byId.put(p.id(), p);
                if (p.pending() != null) {
                    ends.put(p.pending(), p);
                }
                if (p.reverses() != null) {
                    reversals.put(p.reverses(), p);
                }
                balances.put(p.debit(), debit);
                balances.put(p.credit(), credit);
            }
        }, () -> {
            synchronized (this) {
                byId.remove(p.id());
                if (p.pending() != null) {
                    ends.remove(p.pending());
                }
                if (p.reverses() != null) {
                    reversals.remove(p.reverses());
                }
                balances.put(p.debit(), debitBefore);
                balances.put(p.credit(), creditBefore);
            }
        });
    }

    @Override
    public synchronized Optional<Posting> find(PostingId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Balance balance(AccountRef account) {
        return balances.getOrDefault(account, Balance.NONE);
    }

    /** Transactions in memory are serialised: holding the balance is reading it. */
    @Override
    public Balance lockBalance(AccountRef account) {
        return balance(account);
    }

    @Override
    public synchronized Optional<Posting> endOf(PostingId pending) {
        return Optional.ofNullable(ends.get(pending));
    }

    @Override
    public synchronized Optional<Posting> reversalOf(PostingId posting) {
        return Optional.ofNullable(reversals.get(posting));
    }

    @Override
    public synchronized io.steward.ports.shared.Fen claimedOf(String reference) {
        long sum = 0;
        for (Posting p : byId.values()) {
            Posting end = ends.get(p.id());
            if (p.kind() == PostingKind.PENDING && reference.equals(p.reference())
                    && (end == null || end.kind() != PostingKind.VOID_PENDING)) {
                sum = Math.addExact(sum, p.amount().value());
            }
        }
        return io.steward.ports.shared.Fen.of(sum);
    }

    @Override
    public synchronized List<Posting> openHolds(DepositId deposit) {
        return log.of(deposit).stream().filter(p -> p.kind() == PostingKind.PENDING && !ends.containsKey(p.id())).toList();
    }

    @Override
    public Page<Posting> ofDeposit(DepositId deposit, PageRequest page) {
        int from = (int) Math.min(Integer.MAX_VALUE, page.offset());
        return new Page<>(log.slice(deposit, from, from + page.size()), page.page(), page.size(), log.size(deposit));
    }
}
