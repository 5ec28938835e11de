package io.steward.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.Balance;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.deposits.out.Posting;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.StoreConflict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The behaviour every implementation of the deposits context's out-ports must show. */
public abstract class DepositPortsContract extends AdaptersContract {

    private DepositState deposit(EstateId estate, UnitId unit) {
        DepositState d = new DepositState(DepositId.newId(), estate, unit, DepositPurpose.RENOVATION, "renovation R-1",
                HolderKind.CONTRACTOR, "王五", "13900139000", Fen.yuan(2_000), DepositStatus.HELD, "cashier", Samples.AT, 0);
        return tx(() -> a.deposits().save(d));
    }

    private Posting collection(DepositState d) {
        return new Posting(PostingId.newId(), d.estate(), d.id(), PostingCode.COLLECTION, PostingKind.POSTED,
                AccountRef.cash(d.estate()), AccountRef.held(d.estate(), d.id()), d.amount(), null, null, "receipt:R-1",
                null, "cashier", Samples.AT);
    }

    private Posting hold(DepositState d, Fen amount) {
        return new Posting(PostingId.newId(), d.estate(), d.id(), PostingCode.PENALTY, PostingKind.PENDING,
                AccountRef.held(d.estate(), d.id()), AccountRef.penalties(d.estate()), amount, null, null,
                "approval:A-1", "notice V-7", "cashier", Samples.AT.plusSeconds(60));
    }

    private Posting end(Posting hold, PostingKind kind) {
        return new Posting(PostingId.newId(), hold.estate(), hold.deposit(), hold.code(), kind, hold.debit(), hold.credit(),
                hold.amount(), hold.id(), null, hold.reference(), null, "cashier", Samples.AT.plusSeconds(120));
    }

    @Test
    @DisplayName("DEP-03/DEP-04 batch reads: deposits and balances of many at once equal each read alone; a charge's "
            + "claims sum its held and posted holds, not the voided")
    void batchReadsAndClaims() {
        EstateId estate = newEstate().id();
        UnitId unit = newUnit(estate);
        DepositState one = deposit(estate, unit);
        DepositState two = deposit(estate, unit);
        tx(() -> {
            a.depositLedger().append(collection(one));
            a.depositLedger().append(collection(two));
            return null;
        });
        // references of this run's own: a database that outlives runs keeps the claims of earlier ones
        String l1 = "charge:" + java.util.UUID.randomUUID();
        String l2 = "charge:" + java.util.UUID.randomUUID();
        Posting a1 = claim(one, Fen.yuan(100), l1);
        Posting a2 = claim(two, Fen.yuan(30), l1);
        Posting a3 = claim(one, Fen.yuan(7), l1);
        claim(one, Fen.yuan(5), l2);
        tx(() -> {
            a.depositLedger().append(end(a2, PostingKind.POST_PENDING));
            a.depositLedger().append(end(a3, PostingKind.VOID_PENDING));
            return null;
        });

        assertThat(a.depositLedger().claimedOf(l1)).isEqualTo(Fen.yuan(130));
        assertThat(a.depositLedger().claimedOf("charge:" + java.util.UUID.randomUUID())).isEqualTo(Fen.ZERO);
        assertThat(a.deposits().findAll(java.util.List.of(one.id(), two.id(), DepositId.newId())))
                .containsOnlyKeys(one.id(), two.id()).containsEntry(one.id(), a.deposits().find(one.id()).orElseThrow());
        AccountRef held = AccountRef.held(estate, one.id());
        AccountRef none = AccountRef.held(estate, DepositId.newId());
        var balances = a.depositLedger().balances(java.util.List.of(held, AccountRef.held(estate, two.id()), none));
        assertThat(balances.get(held.key())).isEqualTo(a.depositLedger().balance(held));
        assertThat(balances.get(none.key())).isEqualTo(a.depositLedger().balance(none));
        assertThat(a1.amount()).isEqualTo(Fen.yuan(100));
    }

    /**
     * DEP-06 on every store (PostgreSQL included): seeded random sequences of holds, posts, voids, reversals and refunds
     * straight at the ledger — what the store admits and what it refuses (overdrawn, ended twice, reversed twice) —
     * after each of which every balance equals the sum of the deposit's entries, none is negative and the deposit never
     * pays out more than it took. The domain's property tests (jqwik, {@code LedgerProperties}) check the same through
     * the use cases on the in-memory store.
     */
    @Test
    @DisplayName("DEP-06 seeded sequences on the store: every balance the sum of its entries, none below zero, nothing "
            + "ended or reversed twice, refused steps move nothing")
    void sequences() {
        java.util.Random random = new java.util.Random(20_261_204);
        for (int run = 0; run < 6; run++) {
            EstateId estate = newEstate().id();
            DepositState d = deposit(estate, newUnit(estate));
            AccountRef held = AccountRef.held(estate, d.id());
            tx(() -> a.depositLedger().append(collection(d)));
            java.util.List<Posting> made = new java.util.ArrayList<>();
            for (int step = 0; step < 25; step++) {
                Posting p = next(d, held, made, random);
                if (p == null) {
                    continue;
                }
                try {
                    tx(() -> a.depositLedger().append(p));
                    made.add(p);
                } catch (StoreConflict refused) {
                    // overdrawn, ended or reversed twice: refused, and nothing moved (checked below)
                }
                invariants(d, held);
            }
        }
    }

    private static Posting next(DepositState d, AccountRef held, java.util.List<Posting> made, java.util.Random random) {
        Fen amount = Fen.yuan(1 + random.nextInt(900));
        java.util.List<Posting> holds = made.stream().filter(p -> p.kind() == PostingKind.PENDING).toList();
        java.util.List<Posting> posted = made.stream().filter(p -> p.kind() == PostingKind.POSTED
                || p.kind() == PostingKind.POST_PENDING).filter(p -> p.code() != PostingCode.REVERSAL).toList();
        return switch (random.nextInt(5)) {
            case 0 -> new Posting(PostingId.newId(), d.estate(), d.id(), PostingCode.PENALTY, PostingKind.PENDING, held,
                    AccountRef.penalties(d.estate()), amount, null, null, "approval:A", "notice", "cashier", Samples.AT);
            case 1, 2 -> holds.isEmpty() ? null : endOf(holds.get(random.nextInt(holds.size())),
                    random.nextBoolean() ? PostingKind.POST_PENDING : PostingKind.VOID_PENDING);
            case 3 -> posted.isEmpty() ? null : reversal(posted.get(random.nextInt(posted.size())));
            default -> new Posting(PostingId.newId(), d.estate(), d.id(), PostingCode.REFUND, PostingKind.POSTED, held,
                    AccountRef.cash(d.estate()), amount, null, null, "memo:M", null, "cashier", Samples.AT);
        };
    }

    private static Posting endOf(Posting hold, PostingKind kind) {
        return new Posting(PostingId.newId(), hold.estate(), hold.deposit(), hold.code(), kind, hold.debit(), hold.credit(),
                hold.amount(), hold.id(), null, hold.reference(), null, "cashier", Samples.AT);
    }

    private static Posting reversal(Posting entry) {
        return new Posting(PostingId.newId(), entry.estate(), entry.deposit(), PostingCode.REVERSAL, PostingKind.POSTED,
                entry.credit(), entry.debit(), entry.amount(), null, entry.id(), null, "correction", "cashier", Samples.AT);
    }

    /** The deposit's account balance equals its entries summed by {@link Balance#after}; never overdrawn. */
    private void invariants(DepositState d, AccountRef held) {
        Balance summed = Balance.NONE;
        var page = a.depositLedger().ofDeposit(d.id(), PageRequest.first(PageRequest.MAX_SIZE));
        for (Posting p : page.items()) {
            if (p.debit().equals(held)) {
                summed = summed.after(p.kind(), true, p.amount().value());
            }
            if (p.credit().equals(held)) {
                summed = summed.after(p.kind(), false, p.amount().value());
            }
        }
        Balance stored = a.depositLedger().balance(held);
        assertThat(stored).isEqualTo(summed);
        assertThat(stored.available()).isNotNegative();
        assertThat(page.items().stream().filter(p -> p.pending() != null).map(Posting::pending).distinct().count())
                .isEqualTo(page.items().stream().filter(p -> p.pending() != null).count());
        assertThat(page.items().stream().filter(p -> p.reverses() != null).map(Posting::reverses).distinct().count())
                .isEqualTo(page.items().stream().filter(p -> p.reverses() != null).count());
    }

    private Posting claim(DepositState d, Fen amount, String reference) {
        Posting p = new Posting(PostingId.newId(), d.estate(), d.id(), PostingCode.UNPAID_FEES, PostingKind.PENDING,
                AccountRef.held(d.estate(), d.id()), AccountRef.ofUnit(io.steward.ports.deposits.AccountKind.UNIT_FEES,
                d.estate(), d.unit()), amount, null, null, reference, "bill", "cashier", Samples.AT.plusSeconds(60));
        tx(() -> {
            a.depositLedger().append(p);
            return null;
        });
        return p;
    }

    @Test
    @DisplayName("deposits: every field round-trips; writes are optimistic; the estate's and the unit's deposits are listed")
    void deposits() {
        EstateId estate = newEstate().id();
        UnitId unit = newUnit(estate);
        DepositState d = deposit(estate, unit);

        assertThat(d.version()).isEqualTo(1);
        assertThat(a.deposits().find(d.id())).contains(d);
        assertThatConcurrent(() -> tx(() -> a.deposits().save(d.withVersion(0))));
        DepositState settled = tx(() -> a.deposits().save(new DepositState(d.id(), estate, unit, d.purpose(), d.subject(),
                d.holderKind(), d.holderName(), d.holderPhone(), d.amount(), DepositStatus.SETTLED, d.collectedBy(),
                d.collectedAt(), d.version())));
        assertThat(settled.version()).isEqualTo(2);
        assertThat(a.deposits().ofEstate(estate, DepositStatus.HELD, PageRequest.first(10)).items()).isEmpty();
        assertThat(a.deposits().ofEstate(estate, null, PageRequest.first(10)).items()).containsExactly(settled);
        assertThat(a.deposits().ofUnit(unit)).containsExactly(settled);
    }

    private static void assertThatConcurrent(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    @DisplayName("DEP-06 ledger: postings round-trip; balances move by what is posted and held; a hold ends once")
    void ledger() {
        EstateId estate = newEstate().id();
        DepositState d = deposit(estate, newUnit(estate));
        AccountRef held = AccountRef.held(estate, d.id());
        Posting collection = collection(d);
        Posting hold = hold(d, Fen.yuan(500));
        Posting post = end(hold, PostingKind.POST_PENDING);

        tx(() -> a.depositLedger().append(collection));
        tx(() -> a.depositLedger().append(hold));
        assertThat(a.depositLedger().balance(held)).isEqualTo(new Balance(0, 200_000, 50_000, 0));
        assertThat(a.depositLedger().openHolds(d.id())).containsExactly(hold);
        tx(() -> a.depositLedger().append(post));

        assertThat(a.depositLedger().find(collection.id())).contains(collection);
        assertThat(a.depositLedger().balance(held)).isEqualTo(new Balance(50_000, 200_000, 0, 0));
        assertThat(a.depositLedger().balance(AccountRef.penalties(estate))).isEqualTo(new Balance(0, 50_000, 0, 0));
        assertThat(a.depositLedger().balance(AccountRef.cash(estate))).isEqualTo(new Balance(200_000, 0, 0, 0));
        assertThat(tx(() -> a.depositLedger().lockBalance(held))).isEqualTo(new Balance(50_000, 200_000, 0, 0));
        assertThat(a.depositLedger().endOf(hold.id())).contains(post);
        assertThat(a.depositLedger().openHolds(d.id())).isEmpty();
        var page = a.depositLedger().ofDeposit(d.id(), PageRequest.first(2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).containsExactly(collection, hold);
        assertThat(a.depositLedger().ofDeposit(d.id(), new PageRequest(1, 2)).items()).containsExactly(post);
        assertThat(a.depositLedger().balance(AccountRef.held(estate, DepositId.newId()))).isEqualTo(Balance.NONE);
    }

    @Test
    @DisplayName("DEP-06 ledger: the store itself takes a posting id once, ends a hold once, reverses an entry once")
    void takenOnce() {
        EstateId estate = newEstate().id();
        DepositState d = deposit(estate, newUnit(estate));
        Posting collection = collection(d);
        Posting hold = hold(d, Fen.yuan(500));
        tx(() -> a.depositLedger().append(collection));
        tx(() -> a.depositLedger().append(hold));
        tx(() -> a.depositLedger().append(end(hold, PostingKind.VOID_PENDING)));
        Posting reversal = new Posting(PostingId.newId(), estate, d.id(), PostingCode.REVERSAL, PostingKind.POSTED,
                collection.credit(), collection.debit(), collection.amount(), null, collection.id(), null, "twice",
                "cashier", Samples.AT);
        tx(() -> a.depositLedger().append(reversal));

        refusedAs(() -> tx(() -> a.depositLedger().append(collection)), StoreConflict.DUPLICATE);
        refusedAs(() -> tx(() -> a.depositLedger().append(end(hold, PostingKind.POST_PENDING))), StoreConflict.DUPLICATE);
        refusedAs(() -> tx(() -> a.depositLedger().append(new Posting(PostingId.newId(), estate, d.id(),
                PostingCode.REVERSAL, PostingKind.POSTED, collection.credit(), collection.debit(), collection.amount(), null,
                collection.id(), null, "thrice", "cashier", Samples.AT))), StoreConflict.DUPLICATE);
        assertThat(a.depositLedger().reversalOf(collection.id())).contains(reversal);
        assertThat(a.depositLedger().balance(AccountRef.held(estate, d.id()))).isEqualTo(new Balance(200_000, 200_000, 0, 0));
    }

    @Test
    @DisplayName("DEP-06 ledger: the store itself never lets a deposit's account be overdrawn, and a refused posting moves nothing")
    void neverOverdrawn() {
        EstateId estate = newEstate().id();
        DepositState d = deposit(estate, newUnit(estate));
        tx(() -> a.depositLedger().append(collection(d)));
        tx(() -> a.depositLedger().append(hold(d, Fen.yuan(1_500))));
        Posting tooMuch = hold(d, Fen.of(50_001));

        refusedAs(() -> tx(() -> a.depositLedger().append(tooMuch)), StoreConflict.NOT_ADMITTED);
        assertThat(a.depositLedger().find(tooMuch.id())).isEmpty();
        assertThat(a.depositLedger().balance(AccountRef.held(estate, d.id()))).isEqualTo(new Balance(0, 200_000, 150_000, 0));
        assertThat(a.depositLedger().balance(AccountRef.penalties(estate))).isEqualTo(new Balance(0, 0, 0, 150_000));
    }

    @Test
    @DisplayName("DEP-06 ledger: 20 deductions held at once against one deposit take it no lower than zero and lose no entry")
    void concurrentDeductions() throws Exception {
        EstateId estate = newEstate().id();
        DepositState d = deposit(estate, newUnit(estate));
        AccountRef held = AccountRef.held(estate, d.id());
        tx(() -> a.depositLedger().append(collection(d)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    tx(() -> a.depositLedger().append(hold(d, Fen.yuan(150))));
                    return true;
                } catch (StoreConflict refused) {
                    assertThat(refused.code()).isEqualTo(StoreConflict.NOT_ADMITTED);
                    return false;
                }
            }));
        }
        start.countDown();
        int accepted = 0;
        for (var r : results) {
            accepted += r.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(13);
        Balance balance = a.depositLedger().balance(held);
        assertThat(balance).isEqualTo(new Balance(0, 200_000, 13 * 15_000, 0));
        var postings = a.depositLedger().ofDeposit(d.id(), PageRequest.first(100));
        assertThat(postings.total()).isEqualTo(14);
        assertThat(postings.items().stream().filter(p -> p.kind() == PostingKind.PENDING)
                .mapToLong(p -> p.amount().value()).sum()).isEqualTo(balance.debitsPending());
        assertThat(a.depositLedger().balance(AccountRef.penalties(estate)).creditsPending()).isEqualTo(13 * 15_000);
    }

    @Test
    @DisplayName("DEP-06 ledger: ten first postings at once to an account nothing has moved yet all go through, summed")
    void concurrentFirstPostings() throws Exception {
        EstateId estate = newEstate().id();
        UnitId unit = newUnit(estate);
        java.util.List<DepositState> deposits = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            DepositState d = deposit(estate, unit);
            tx(() -> a.depositLedger().append(collection(d)));
            deposits.add(d);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<?>> results = new java.util.ArrayList<>();
        for (DepositState d : deposits) {
            results.add(pool.submit(() -> {
                start.await();
                tx(() -> a.depositLedger().append(hold(d, Fen.yuan(100))));
                return null;
            }));
        }
        start.countDown();
        for (var r : results) {
            r.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(a.depositLedger().balance(AccountRef.penalties(estate))).isEqualTo(new Balance(0, 0, 0, 10 * 10_000));
    }
}
