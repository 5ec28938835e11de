package io.steward.domain.renovation;

import io.steward.domain.deposits.DepositBook;
import io.steward.domain.shared.Approvals;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.PostingView;
import io.steward.ports.renovation.RefundOutcome;
import io.steward.ports.renovation.RenovationApprovals;
import io.steward.ports.renovation.RenovationRecords.Deduction;
import io.steward.ports.renovation.RenovationRecords.Memo;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DEP-04: a renovation deposit paid back — at its refund, or when a renovation paid for is cancelled before its works —
 * on the project manager's {@code renovation.refund} approval of exactly what it holds, under the deposit's lock, with
 * the cashier's memo itemising what was deducted. The callers check their own conditions first.
 */
final class DepositRefund {
    private static final Set<PostingCode> DEDUCTIONS = EnumSet.of(PostingCode.PENALTY, PostingCode.UNPAID_FEES,
            PostingCode.UNPAID_UTILITIES);

    private final DepositBook deposits;
    private final Approvals approvals;

    DepositRefund(DepositBook deposits, Approvals approvals) {
        this.deposits = deposits;
        this.approvals = approvals;
    }

    /** The deposit as the cashier sees it, for the caller's checks before it is paid back. */
    DepositView deposit(DepositId id) {
        return deposits.desk().deposit(id);
    }

    /**
     * Pays back what {@code before} holds, as {@code act}, and answers the memo; a renovation whose estate collected no
     * deposit answers a memo with nothing refunded (NO_DEPOSIT), needing no approval.
     */
    Memo pay(RenovationState r, DepositView before, ApprovalId approval, PostingId posting, String memo, String act,
             Actor actor, Instant at) {
        if (before == null) {
            return new Memo(memo, Fen.ZERO, List.of(), Fen.ZERO, RefundOutcome.NO_DEPOSIT, null, null, posting, actor.id(),
                    at);
        }
        // refundable = deposit − deductions; the approval names that amount, so it refunds no other
        Fen refundable = before.available();
        var used = approvals.use(approval, RenovationApprovals.REFUND, r.estate(), r.id().toString(),
                Long.toString(refundable.value()), act, actor);
        List<Deduction> deductions = deductions(before.id());
        deposits.refund(before.id(), posting, memo, refundable);
        RefundOutcome outcome = deductions.isEmpty() ? RefundOutcome.FULL_REFUND
                : refundable.isZero() ? RefundOutcome.WITHHELD : RefundOutcome.PARTIAL_REFUND;
        return new Memo(memo, before.amount(), deductions, refundable, outcome, used.id(), used.decidedBy(), posting,
                actor.id(), at);
    }

    /** DEP-03: the deductions posted from the deposit, each with its evidence, less any reversed. */
    private List<Deduction> deductions(DepositId deposit) {
        List<PostingView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var p = deposits.desk().postings(deposit, new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(p.items());
            if (!p.hasNext()) {
                break;
            }
        }
        Map<PostingId, PostingView> holds = new HashMap<>();
        all.stream().filter(p -> p.kind() == PostingKind.PENDING).forEach(p -> holds.put(p.id(), p));
        Set<PostingId> reversed = new HashSet<>();
        all.stream().filter(p -> p.reverses() != null).forEach(p -> reversed.add(p.reverses()));
        List<Deduction> out = new ArrayList<>();
        for (PostingView p : all) {
            if (p.kind() == PostingKind.POST_PENDING && holds.containsKey(p.pending()) && !reversed.contains(p.id())) {
                PostingView hold = holds.get(p.pending());
                if (DEDUCTIONS.contains(hold.code())) {
                    out.add(new Deduction(hold.id(), hold.code(), hold.amount(), hold.evidence()));
                }
            }
        }
        return out;
    }
}
