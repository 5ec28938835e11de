package io.steward.adapter.jpa;

import io.steward.ports.deposits.AccountKind;
import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.Balance;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.out.Ledger;
import io.steward.ports.deposits.out.Posting;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.StoreConflict;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deposit ledger on JPA, in SQL: {@code ledger_posting} rows, inserted and never changed, and each account's
 * running sums in {@code ledger_account}, moved by relative updates in the same transaction. The database's keys and
 * checks hold what the port promises whoever writes (a posting id once, a hold ended once, an entry reversed once, a
 * deposit never overdrawn); the adapter checks the same first so that it answers the same codes as every adapter.
 */
public final class JpaDepositLedger implements Ledger {
    private static final String POSTING = "SELECT id, estate_id, deposit_id, code, kind, debit_account, credit_account,"
            + " amount_fen, pending_id, reverses_id, reference, evidence, actor, posted_at FROM ledger_posting";
    private static final String SUMS = "SELECT debits_posted, credits_posted, debits_pending, credits_pending"
            + " FROM ledger_account WHERE id = ?";

    private final EntityManagerSource source;

    public JpaDepositLedger(EntityManagerSource source) {
        this.source = source;
    }

    @Override
    public void append(Posting p) {
        source.withEntityManager(em -> {
            if (one(em, " WHERE id = ?", p.id().toString()).isPresent()) {
                throw StoreConflict.duplicate("posting id", p.id());
            }
            if (p.pending() != null && one(em, " WHERE pending_id = ?", p.pending().toString()).isPresent()) {
                throw StoreConflict.duplicate("end of hold", p.pending());
            }
            if (p.reverses() != null && one(em, " WHERE reverses_id = ?", p.reverses().toString()).isPresent()) {
                throw StoreConflict.duplicate("reversal of", p.reverses());
            }
            move(em, p.debit(), p.kind(), true, p.amount().value());
            move(em, p.credit(), p.kind(), false, p.amount().value());
            if (p.kind() == PostingKind.PENDING && p.reference() != null) {
                claim(em, p, p.reference(), p.amount().value());
            } else if (p.kind() == PostingKind.VOID_PENDING) {
                // what the void frees is its hold's claim: the hold's reference, whatever the void carries
                em.createNativeQuery("SELECT reference FROM ledger_posting WHERE id = ?").setParameter(1,
                        p.pending().toString()).getResultList().stream().filter(java.util.Objects::nonNull).findFirst()
                        .ifPresent(reference -> claim(em, p, (String) reference, -p.amount().value()));
            }
            em.createNativeQuery("INSERT INTO ledger_posting (id, estate_id, deposit_id, code, kind, debit_account,"
                            + " credit_account, amount_fen, pending_id, reverses_id, reference, evidence, actor, posted_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, p.id().toString()).setParameter(2, p.estate().toString())
                    .setParameter(3, p.deposit().toString()).setParameter(4, p.code().name())
                    .setParameter(5, p.kind().name()).setParameter(6, p.debit().key()).setParameter(7, p.credit().key())
                    .setParameter(8, p.amount().value())
                    .setParameter(9, p.pending() == null ? null : p.pending().toString())
                    .setParameter(10, p.reverses() == null ? null : p.reverses().toString())
                    .setParameter(11, p.reference()).setParameter(12, p.evidence()).setParameter(13, p.actor())
                    .setParameter(14, java.time.OffsetDateTime.ofInstant(p.at(), java.time.ZoneOffset.UTC))
                    .executeUpdate();
            return null;
        });
    }

    /**
     * Moves one side of a posting on the account's sums, relatively, so that the sums stay exact whoever else writes
     * to the account; the account's row is made on its first posting. The never-overdrawn check is the database's too.
     */
    private static void move(EntityManager em, AccountRef account, PostingKind kind, boolean debit, long amount) {
        Balance.Movement m = Balance.Movement.of(kind, debit, amount);
        long[] d = {m.debitsPosted(), m.creditsPosted(), m.debitsPending(), m.creditsPending()};
        if (account.kind().neverOverdrawn() && debit && (d[0] > 0 || d[2] > 0)) {
            Balance now = balance(em, account, " FOR UPDATE");
            if (now.creditsPosted() - now.debitsPosted() - now.debitsPending() - d[0] - d[2] < 0) {
                throw StoreConflict.notAdmitted(Map.of("account", account.key(), "check", "never overdrawn"));
            }
        }
        String update = "UPDATE ledger_account SET debits_posted = debits_posted + ?, credits_posted = credits_posted + ?,"
                + " debits_pending = debits_pending + ?, credits_pending = credits_pending + ? WHERE id = ?";
        if (moved(em, update, d, account) == 0) {
            // the account's first posting: made under a lock of the estate's row, so that of two first postings at
            // once the second waits, then finds the row the first made (a new statement sees what was committed).
            // An update of a column no key uses, not SELECT … FOR UPDATE: on PostgreSQL that lock would also stop the
            // foreign-key checks of postings to the estate's existing accounts, which may hold a row this one needs.
            em.createNativeQuery("UPDATE estate SET name = name WHERE id = ?").setParameter(1, account.estate().toString())
                    .executeUpdate();
            if (moved(em, update, d, account) == 0) {
                em.createNativeQuery("INSERT INTO ledger_account (id, kind, estate_id, deposit_id, unit_id, debits_posted,"
                                + " credits_posted, debits_pending, credits_pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, account.key()).setParameter(2, account.kind().name())
                        .setParameter(3, account.estate().toString())
                        .setParameter(4, account.deposit() == null ? null : account.deposit().toString())
                        .setParameter(5, account.unit() == null ? null : account.unit().toString())
                        .setParameter(6, d[0]).setParameter(7, d[1]).setParameter(8, d[2]).setParameter(9, d[3])
                        .executeUpdate();
            }
        }
    }

    /** Moves what the holds naming the posting's reference claim ({@code ledger_claim}), made as accounts are. */
    private static void claim(EntityManager em, Posting p, String reference, long delta) {
        String update = "UPDATE ledger_claim SET claimed_fen = claimed_fen + ? WHERE reference = ?";
        if (em.createNativeQuery(update).setParameter(1, delta).setParameter(2, reference).executeUpdate() == 0) {
            em.createNativeQuery("UPDATE estate SET name = name WHERE id = ?").setParameter(1, p.estate().toString())
                    .executeUpdate();
            if (em.createNativeQuery(update).setParameter(1, delta).setParameter(2, reference).executeUpdate() == 0) {
                em.createNativeQuery("INSERT INTO ledger_claim (reference, estate_id, claimed_fen) VALUES (?, ?, ?)")
                        .setParameter(1, reference).setParameter(2, p.estate().toString()).setParameter(3, delta)
                        .executeUpdate();
            }
        }
    }

    private static int moved(EntityManager em, String update, long[] d, AccountRef account) {
        return em.createNativeQuery(update).setParameter(1, d[0]).setParameter(2, d[1]).setParameter(3, d[2])
                .setParameter(4, d[3]).setParameter(5, account.key()).executeUpdate();
    }

    @Override
    public Optional<Posting> find(PostingId id) {
        return source.withEntityManager(em -> one(em, " WHERE id = ?", id.toString()));
    }

    @Override
    public Balance balance(AccountRef account) {
        return source.withEntityManager(em -> balance(em, account, ""));
    }

    /** The account keys as a table of values joined with {@code ledger_account}, a slice at a time ({@link CodeTable}). */
    @Override
    public java.util.Map<String, Balance> balances(java.util.Collection<AccountRef> accounts) {
        List<String> all = accounts.stream().map(AccountRef::key).distinct().toList();
        java.util.Map<String, Balance> found = new java.util.HashMap<>();
        all.forEach(k -> found.put(k, Balance.NONE));
        source.withEntityManager(em -> {
            for (int from = 0; from < all.size(); from += CodeTable.SLICE) {
                List<String> slice = all.subList(from, Math.min(all.size(), from + CodeTable.SLICE));
                var query = em.createNativeQuery("SELECT a.id, a.debits_posted, a.credits_posted, a.debits_pending,"
                        + " a.credits_pending FROM ledger_account a JOIN " + CodeTable.values(slice.size(), 1, "v")
                        + " ON a.id = v.code");
                for (Object row : CodeTable.bind(query, slice, 1).getResultList()) {
                    Object[] r = (Object[]) row;
                    found.put((String) r[0], new Balance(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                            ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
                }
            }
            return null;
        });
        return found;
    }

    @Override
    public Balance lockBalance(AccountRef account) {
        return source.withEntityManager(em -> balance(em, account, " FOR UPDATE"));
    }

    private static Balance balance(EntityManager em, AccountRef account, String lock) {
        List<?> rows = em.createNativeQuery(SUMS + lock).setParameter(1, account.key()).getResultList();
        if (rows.isEmpty()) {
            return Balance.NONE;
        }
        Object[] r = (Object[]) rows.get(0);
        return new Balance(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue());
    }

    @Override
    public Optional<Posting> endOf(PostingId pending) {
        return source.withEntityManager(em -> one(em, " WHERE pending_id = ?", pending.toString()));
    }

    @Override
    public Optional<Posting> reversalOf(PostingId posting) {
        return source.withEntityManager(em -> one(em, " WHERE reverses_id = ?", posting.toString()));
    }

    @Override
    public io.steward.ports.shared.Fen claimedOf(String reference) {
        // the running sum the appends move: one row, however many holds have named the reference
        return source.withEntityManager(em -> io.steward.ports.shared.Fen.of(em.createNativeQuery(
                "SELECT claimed_fen FROM ledger_claim WHERE reference = ?").setParameter(1, reference).getResultList()
                .stream().mapToLong(r -> ((Number) r).longValue()).sum()));
    }

    @Override
    public List<Posting> openHolds(DepositId deposit) {
        return source.withEntityManager(em -> all(em, em.createNativeQuery(POSTING + " p WHERE p.deposit_id = ?"
                        + " AND p.kind = 'PENDING' AND NOT EXISTS (SELECT 1 FROM ledger_posting e WHERE e.pending_id = p.id)"
                        + " ORDER BY p.deposit_id, p.seq").setParameter(1, deposit.toString()).getResultList()));
    }

    @Override
    public Page<Posting> ofDeposit(DepositId deposit, PageRequest page) {
        return source.withEntityManager(em -> {
            long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ledger_posting WHERE deposit_id = ?")
                    .setParameter(1, deposit.toString()).getSingleResult()).longValue();
            List<Posting> items = all(em, em.createNativeQuery(POSTING + " WHERE deposit_id = ? ORDER BY deposit_id, seq"
                            + " LIMIT ? OFFSET ?").setParameter(1, deposit.toString()).setParameter(2, page.size())
                    .setParameter(3, page.offset()).getResultList());
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static Optional<Posting> one(EntityManager em, String where, String value) {
        return all(em, em.createNativeQuery(POSTING + where).setParameter(1, value).getResultList()).stream().findFirst();
    }

    private static List<Posting> all(EntityManager em, List<?> rows) {
        List<Posting> postings = new ArrayList<>(rows.size());
        for (Object row : rows) {
            postings.add(posting((Object[]) row));
        }
        return postings;
    }

    private static Posting posting(Object[] r) {
        EstateId estate = EstateId.parse((String) r[1]);
        return new Posting(PostingId.parse((String) r[0]), estate, DepositId.parse((String) r[2]),
                PostingCode.valueOf((String) r[3]), PostingKind.valueOf((String) r[4]), account(estate, (String) r[5]),
                account(estate, (String) r[6]), Fen.of(((Number) r[7]).longValue()),
                r[8] == null ? null : PostingId.parse((String) r[8]), r[9] == null ? null : PostingId.parse((String) r[9]),
                (String) r[10], (String) r[11], (String) r[12], SqlValues.instant(r[13]));
    }

    /** An account from its key ({@link AccountRef#key()}): its kind, then the deposit, unit or estate it belongs to. */
    private static AccountRef account(EstateId estate, String key) {
        int colon = key.indexOf(':');
        AccountKind kind = AccountKind.valueOf(key.substring(0, colon));
        String owner = key.substring(colon + 1);
        return new AccountRef(kind, estate, kind == AccountKind.DEPOSIT_HELD ? DepositId.parse(owner) : null,
                kind.ofUnit() ? UnitId.parse(owner) : null);
    }
}
