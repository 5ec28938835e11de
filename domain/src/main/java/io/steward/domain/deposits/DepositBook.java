package io.steward.domain.deposits;

import io.steward.domain.shared.Access;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.deposits.DepositApprovals;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositPosted;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositRefusals;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.DepositsHeld;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.PostingView;
import io.steward.ports.deposits.in.KeepDeposits;
import io.steward.ports.deposits.in.KeepDeposits.EndHold;
import io.steward.ports.deposits.in.KeepDeposits.HoldDeduction;
import io.steward.ports.deposits.in.KeepDeposits.Reverse;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.deposits.out.Posting;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.Texts;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The deposits held and their ledger (DEP-01, DEP-03, DEP-06). Every money operation locks the deposit's account
 * first, so operations on one deposit run one after the other and each sees what the one before it left; then it
 * looks up its posting id: the same request again answers the posting it made, another request under that id is
 * refused ({@code posting-id-reused}). A deposit is collected by the process it secures ({@link #collect}: renovation
 * fees, a parking card), never by a desk of its own.
 */
public final class DepositBook {
    /** Who moves a deposit's money: the cashier (DOMAIN.md §0: fees, deposits, refunds). */
    static final Set<Role> CASHIERS = EnumSet.of(Role.CASHIER);

    private final UseCases useCases;
    private final DepositStore store;
    private final Approvals approvals;
    private final Privacy privacy;
    private final Deductions deductions;

    public DepositBook(UseCases useCases, DepositStore store, Approvals approvals, Privacy privacy) {
        this.useCases = useCases;
        this.store = store;
        this.approvals = approvals;
        this.privacy = privacy;
        this.deductions = new Deductions(store, approvals);
        this.desk = new Desk();
    }

    private final KeepDeposits desk;

    /**
     * The cashier's desk over this book: only the in-port, so that an application holding it cannot reach
     * {@link #collect} or {@link #refund}, which belong to the processes the deposits secure.
     */
    public KeepDeposits desk() {
        return desk;
    }

    private final class Desk implements KeepDeposits {
        @Override
        public DepositView deposit(DepositId id) {
            return DepositBook.this.deposit(id);
        }

        @Override
        public Page<DepositView> ofEstate(EstateId estate, DepositStatus status, PageRequest page) {
            return DepositBook.this.ofEstate(estate, status, page);
        }

        @Override
        public DepositsHeld held(EstateId estate) {
            return DepositBook.this.held(estate);
        }

        @Override
        public Page<PostingView> postings(DepositId id, PageRequest page) {
            return DepositBook.this.postings(id, page);
        }

        @Override
        public PostingView holdDeduction(DepositId deposit, HoldDeduction deduction) {
            if (deduction.kind() == io.steward.ports.deposits.DeductionKind.PENALTY) {
                throw DepositRefusals.PENALTY_THROUGH_ITS_NOTICE.refuse("a penalty is held from its violation notice"
                        + " (REN-09: POST /renovations/{id}/notices/{n}/penalty), never by hand at the till",
                        Map.of("deposit", deposit.toString()));
            }
            return DepositBook.this.holdDeduction(deposit, deduction);
        }

        @Override
        public PostingView postHold(DepositId deposit, EndHold end) {
            return DepositBook.this.end(deposit, end, true);
        }

        @Override
        public PostingView voidHold(DepositId deposit, EndHold end) {
            return DepositBook.this.end(deposit, end, false);
        }

        @Override
        public PostingView reverse(DepositId deposit, Reverse reversal) {
            return DepositBook.this.reverse(deposit, reversal);
        }
    }

    /**
     * What a process hands the cashier to collect (DEP-01, DEP-05): the amount is not in it — it comes from the
     * estate's published rules (DEP-02).
     *
     * @param subject what the deposit secures, as its context names it (the renovation's id, the rental's id)
     * @param receipt the cashier's receipt number
     */
    public record Collection(PostingId posting, EstateId estate, UnitId unit, DepositPurpose purpose, String subject,
                             HolderKind holderKind, String holderName, String holderPhone, String receipt) {
        public Collection {
            Objects.requireNonNull(posting, "posting id");
            Objects.requireNonNull(estate, "estate");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(purpose, "purpose");
            subject = Texts.required(subject, "subject");
            Objects.requireNonNull(holderKind, "holder kind");
            holderName = Texts.required(holderName, "holder name");
            holderPhone = Texts.required(holderPhone, "holder phone");
            receipt = Texts.required(receipt, "receipt number");
        }
    }

    /**
     * DEP-01 / DEP-05: collects a deposit of the estate's published amount for {@code purpose}, unless the estate's
     * policy says local rules forbid deposits. Called by the process the deposit secures, inside its act.
     */
    public DepositView collect(Collection c) {
        return useCases.run(() -> {
            Actor actor = useCases.access().require(c.estate(), "unit", c.unit(), "collect a deposit", CASHIERS);
            Optional<Posting> done = store.ledger().find(c.posting());
            if (done.isPresent()) {
                Posting p = done.get();
                DepositState d = store.deposits().find(p.deposit()).orElseThrow();
                requireSame(p, p.code() == PostingCode.COLLECTION && d.unit().equals(c.unit()) && d.purpose() == c.purpose()
                        && d.subject().equals(c.subject()));
                return view(d);
            }
            if (store.estate().unit(c.unit()).filter(u -> u.estate().equals(c.estate())).isEmpty()) {
                throw new NotFound("unit", c.unit());
            }
            DepositPolicy rules = store.estate().policy(c.estate()).orElseThrow(() -> new NotFound("estate", c.estate()))
                    .deposits();
            if (!rules.collected()) {
                throw DepositRefusals.DEPOSITS_NOT_COLLECTED.refuse("the estate's policy collects no deposits (local rules"
                        + " forbid them)", Map.of("estate", c.estate().toString()));
            }
            Fen amount = c.purpose() == DepositPurpose.RENOVATION ? rules.renovationDeposit() : rules.parkingCardDeposit();
            if (amount.isZero()) {
                throw DepositRefusals.DEPOSIT_NOT_PUBLISHED.refuse("the estate publishes no " + c.purpose()
                        + " deposit: publish its amount first (DEP-02)", Map.of("purpose", c.purpose().name()));
            }
            DepositState d = store.deposits().save(new DepositState(DepositId.newId(), c.estate(), c.unit(), c.purpose(),
                    c.subject(), c.holderKind(), c.holderName(), c.holderPhone(), amount, DepositStatus.HELD, actor.id(),
                    useCases.now(), 0));
            post(d, DepositAccount.collection(d, c.posting(), c.receipt(), actor.id(), useCases.now()), actor);
            return view(d);
        });
    }

    /**
     * DEP-04 / DEP-05: refunds the deposit whole (what it holds after its deductions) and settles it. Called by the
     * process the deposit secures, as its last step (the parking card returned; the renovation's refund sign-off), so
     * that its own conditions are checked first. The same posting id again answers the settled deposit.
     */
    public DepositView refund(DepositId id, PostingId posting, String receipt) {
        return refund(id, posting, receipt, null);
    }

    /**
     * The same, refunding exactly {@code approved} (what the process's approval names, DEP-04): the deposit is read
     * under its lock, and a balance moved since the approval — a reversal, a deduction — refuses the refund rather than
     * paying out another amount than the one approved.
     */
    public DepositView refund(DepositId id, PostingId posting, String receipt, Fen approved) {
        return useCases.run(() -> {
            DepositState d = locked(id);
            Actor actor = useCases.access().require(d.estate(), "deposit", id, "refund a deposit", CASHIERS);
            DepositAccount account = new DepositAccount(d, store.ledger().lockBalance(DepositAccount.account(d)));
            Optional<Posting> done = store.ledger().find(posting);
            if (done.isPresent()) {
                requireSame(done.get(), done.get().deposit().equals(id) && done.get().code() == PostingCode.REFUND);
                return view(d);
            }
            if (approved != null && !account.available().equals(approved)) {
                throw DepositRefusals.REFUND_NOT_AS_APPROVED.refuse("the deposit holds " + account.available().toYuanString()
                        + " to refund now, not the " + approved.toYuanString() + " approved: have the refund approved again",
                        Map.of("approved", approved.value(), "available", account.available().value()));
            }
            Posting refund = account.refund(posting, Texts.required(receipt, "refund memo number"), actor.id(),
                    useCases.now());
            DepositState settled = store.deposits().save(account.settled());
            if (refund != null) {
                post(settled, refund, actor);
            }
            useCases.audit(actor, d.estate(), "deposit.settle", "deposit", id, refund == null ? "withheld whole"
                    : "refunded " + refund.amount().value() + " fen");
            return view(settled);
        });
    }

    DepositView deposit(DepositId id) {
        return useCases.run(() -> {
            DepositState d = find(id);
            useCases.access().requireReader(d.estate(), d.unit().value(), "deposit", id);
            return view(d);
        });
    }

    Page<DepositView> ofEstate(EstateId estate, DepositStatus status, PageRequest page) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "estate", estate);
            return store.deposits().ofEstate(estate, status, page).map(this::view);
        });
    }

    Page<PostingView> postings(DepositId id, PageRequest page) {
        return useCases.run(() -> {
            DepositState d = find(id);
            useCases.access().requireReader(d.estate(), d.unit().value(), "deposit", id);
            boolean plain = privacy.unmasked(d.estate(), d.unit(), "deposit", id);
            return store.ledger().ofDeposit(id, page).map(p -> plain ? view(p) : masked(view(p)));
        });
    }

    /**
     * REN-09 / DEP-03: holds the penalty written on a violation notice, on the project manager's approval of its amount.
     * Called by the renovation's notice, the only route to a penalty.
     */
    public PostingView holdPenalty(DepositId deposit, KeepDeposits.HoldDeduction h) {
        if (h.kind() != io.steward.ports.deposits.DeductionKind.PENALTY) {
            throw new IllegalArgumentException("holdPenalty holds a PENALTY, not " + h.kind());
        }
        return holdDeduction(deposit, h);
    }

    PostingView holdDeduction(DepositId deposit, KeepDeposits.HoldDeduction h) {
        return money(deposit, h.posting(), "hold a deduction", p -> p.kind() == PostingKind.PENDING
                && p.code() == h.kind().code() && p.amount().equals(h.amount())
                && Objects.equals(p.reference(), h.kind() == io.steward.ports.deposits.DeductionKind.PENALTY
                ? Posting.approvalReference(h.approval()) : Posting.chargeReference(h.charge())),
                (account, actor) -> {
                    Deductions.Grounds grounds = deductions.check(account.state(), h, actor);
                    return account.hold(h.posting(), h.kind(), h.amount(), grounds.credited(), grounds.reference(),
                            h.evidence(), actor.id(), useCases.now());
                });
    }

    private PostingView end(DepositId deposit, KeepDeposits.EndHold e, boolean post) {
        PostingKind kind = post ? PostingKind.POST_PENDING : PostingKind.VOID_PENDING;
        return money(deposit, e.posting(), post ? "post a held deduction" : "void a held deduction",
                p -> p.kind() == kind && e.hold().equals(p.pending()),
                (account, actor) -> {
                    Posting hold = posting(e.hold());
                    Posting end = account.end(e.posting(), hold, post, store.ledger().endOf(e.hold()), e.reason(),
                            actor.id(), useCases.now());
                    if (!post && hold.code() == PostingCode.PENALTY) {
                        // the project manager approved the penalty: only they undo it
                        approvals.use(e.approval(), DepositApprovals.REVERSAL, account.state().estate(),
                                e.hold().toString(), null, "void the penalty hold", actor);
                    }
                    if (post) {
                        deductions.recheckBeforePosting(account.state(), hold);
                    }
                    return end;
                });
    }

    PostingView reverse(DepositId deposit, KeepDeposits.Reverse r) {
        return money(deposit, r.posting(), "reverse a deposit entry", p -> p.code() == PostingCode.REVERSAL
                && r.entry().equals(p.reverses()), (account, actor) -> {
                    Posting entry = posting(r.entry());
                    Posting reversal = account.reverse(r.posting(), entry, store.ledger().reversalOf(r.entry()), r.reason(),
                            actor.id(), useCases.now());
                    approvals.use(r.approval(), DepositApprovals.REVERSAL, account.state().estate(), r.entry().toString(),
                            null, "reverse the deposit entry", actor);
                    return reversal;
                });
    }

    /** The work of one money operation on a deposit: given the account (locked) and the actor, the posting to append. */
    private interface Work {
        Posting posting(DepositAccount account, Actor actor);
    }

    private PostingView money(DepositId id, PostingId posting, String action, Predicate<Posting> sameRequest, Work work) {
        return useCases.run(() -> {
            DepositState d = locked(id);
            Actor actor = useCases.access().require(d.estate(), "deposit", id, action, CASHIERS);
            DepositAccount account = new DepositAccount(d, store.ledger().lockBalance(DepositAccount.account(d)));
            Optional<Posting> done = store.ledger().find(posting);
            if (done.isPresent()) {
                requireSame(done.get(), done.get().deposit().equals(id) && sameRequest.test(done.get()));
                return view(done.get());
            }
            Posting p = work.posting(account, actor);
            post(d, p, actor);
            return view(p);
        });
    }

    private void post(DepositState d, Posting p, Actor actor) {
        store.ledger().append(p);
        useCases.audit(actor, d.estate(), "deposit." + p.code().name().toLowerCase() + "." + p.kind().name().toLowerCase(),
                "deposit", d.id(), p.amount().value() + " fen, posting " + p.id());
        useCases.publish(new DepositPosted(d.estate(), d.unit(), d.id(), p.id(), p.code(), p.kind(), p.amount(), p.charge()));
    }

    private static void requireSame(Posting done, boolean same) {
        if (!same) {
            throw DepositRefusals.POSTING_ID_REUSED.refuse("posting id " + done.id() + " was taken by another operation ("
                    + done.code() + " " + done.kind() + "): a new operation takes a new id",
                    Map.of("posting", done.id().toString()));
        }
    }

    private Posting posting(PostingId id) {
        return store.ledger().find(id).orElseThrow(() -> new NotFound("posting", id));
    }

    /** The deposit as stored now, held until the transaction ends: money operations on it run one after another. */
    private DepositState locked(DepositId id) {
        return store.deposits().lock(id).orElseThrow(() -> new NotFound("deposit", id));
    }

    private DepositState find(DepositId id) {
        return store.deposits().find(id).orElseThrow(() -> new NotFound("deposit", id));
    }

    /** DEP-06: the estate's deposits held, summed per purpose and holder kind from their balances, a page at a time. */
    DepositsHeld held(EstateId estate) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "estate", estate);
            // one line per purpose and holder kind, in the order of their names
            java.util.Map<List<String>, DepositsHeld.Line> lines = new java.util.TreeMap<>(
                    java.util.Comparator.comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1)));
            DepositsHeld.Line total = DepositsHeld.Line.none(null, null);
            for (int page = 0; ; page++) {
                Page<DepositState> deposits = store.deposits().ofEstate(estate, DepositStatus.HELD,
                        new PageRequest(page, PageRequest.MAX_SIZE));
                var balances = store.ledger().balances(deposits.items().stream().map(DepositAccount::account).toList());
                for (DepositState d : deposits.items()) {
                    DepositView v = view(d, balances.get(DepositAccount.account(d).key()), false);
                    List<String> key = List.of(d.purpose().name(), d.holderKind().name());
                    lines.put(key, lines.getOrDefault(key, DepositsHeld.Line.none(d.purpose(), d.holderKind())).counting(v));
                    total = total.counting(v);
                }
                if (!deposits.hasNext()) {
                    break;
                }
            }
            return new DepositsHeld(estate, List.copyOf(lines.values()), total);
        });
    }

    /**
     * Many deposits as a list shows them, masked (EST-08: a list shows no personal data; open one deposit, with the grant,
     * to read it), in two reads whatever their number. For the process a deposit secures, listing its own (the refunds
     * due, DEP-04): it has checked the caller's access to the estate, and every deposit named must be of that estate.
     */
    public java.util.Map<DepositId, DepositView> listed(EstateId estate, java.util.Collection<DepositId> ids) {
        return useCases.run(() -> {
            var deposits = store.deposits().findAll(ids);
            var balances = store.ledger().balances(deposits.values().stream().map(DepositAccount::account).toList());
            java.util.Map<DepositId, DepositView> views = new java.util.HashMap<>();
            for (DepositState d : deposits.values()) {
                if (!d.estate().equals(estate)) {
                    throw new IllegalArgumentException("deposit " + d.id() + " is not of estate " + estate);
                }
                views.put(d.id(), view(d, balances.get(DepositAccount.account(d).key()), false));
            }
            return views;
        });
    }

    private DepositView view(DepositState d) {
        return view(d, store.ledger().balance(DepositAccount.account(d)), privacy.unmasked(d.estate(), d.unit(), "deposit",
                d.id()));
    }

    /** The deposit as a caller sees it, from its balance; its holder masked unless {@code plain} (EST-08). */
    private static DepositView view(DepositState d, io.steward.ports.deposits.Balance balance, boolean plain) {
        DepositAccount a = new DepositAccount(d, balance);
        return new DepositView(d.id(), d.estate(), d.unit(), d.purpose(), d.subject(), d.holderKind(),
                plain ? d.holderName() : PersonalData.maskName(d.holderName()),
                plain ? d.holderPhone() : PersonalData.mask(d.holderPhone(), 3, 4), d.amount(), a.held(), a.withheld(),
                a.available(), d.status(), d.collectedBy(), d.collectedAt(), d.version());
    }

    /** EST-08: a number typed into the evidence (a phone, an ID) is masked like every free text. */
    private static PostingView masked(PostingView v) {
        return new PostingView(v.id(), v.deposit(), v.code(), v.kind(), v.debit(), v.credit(), v.amount(), v.pending(),
                v.reverses(), v.reference(), PersonalData.maskNumbersIn(v.evidence()), v.actor(), v.at());
    }

    static PostingView view(Posting p) {
        return new PostingView(p.id(), p.deposit(), p.code(), p.kind(), p.debit().kind(), p.credit().kind(), p.amount(),
                p.pending(), p.reverses(), p.reference(), p.evidence(), p.actor(), p.at());
    }
}
