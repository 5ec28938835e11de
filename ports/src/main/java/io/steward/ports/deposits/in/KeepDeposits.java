package io.steward.ports.deposits.in;

import io.steward.ports.deposits.DeductionKind;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingView;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Texts;
import java.util.UUID;

/**
 * The cashier's desk of the deposits held (DEP-03, DEP-06): deductions held, then posted or voided; entries reversed;
 * deposits and their postings read. Every money operation names its posting id, which the ledger processes once: the
 * same request again answers the same posting; another request under the same id is refused.
 *
 * <p>A deposit is collected by the context whose process collects it (renovation fees, REN-05; a parking card,
 * DEP-05), never by hand; its refund is that process's last step (DEP-04, DEP-05).
 */
public interface KeepDeposits {
    DepositView deposit(DepositId id);

    /** The estate's deposits of {@code status} (null: any): DEP-06, the deposits held per estate. */
    Page<DepositView> ofEstate(EstateId estate, DepositStatus status, PageRequest page);

    /** DEP-06: the deposits the estate holds, per purpose and holder kind, and in all. */
    io.steward.ports.deposits.DepositsHeld held(EstateId estate);

    /** The deposit's postings, oldest first. */
    Page<PostingView> postings(DepositId id, PageRequest page);

    /**
     * DEP-03: holds a deduction of the unit's unpaid fees or utilities (pending): counted against the deposit at once,
     * moved only when posted. A penalty is held by its violation notice (REN-09), never here.
     */
    PostingView holdDeduction(DepositId deposit, HoldDeduction deduction);

    /** Posts a held deduction, whole. */
    PostingView postHold(DepositId deposit, EndHold end);

    /** Voids a held deduction: nothing moves. A penalty's void takes the project manager's approval. */
    PostingView voidHold(DepositId deposit, EndHold end);

    /** DEP-06: corrects a posted entry by one reversing it, on the project manager's approval. */
    PostingView reverse(DepositId deposit, Reverse reversal);

    /**
     * A deduction to hold.
     *
     * @param approval DEP-03 / REN-09: for a {@link DeductionKind#PENALTY}, the project manager's approval of it
     * @param charge   for unpaid fees or utilities: the unpaid charge on the unit's fee account
     * @param evidence what the deduction rests on, in words (the violation notice, the bill)
     */
    record HoldDeduction(PostingId posting, DeductionKind kind, Fen amount, ApprovalId approval, UUID charge,
                         String evidence) {
        public HoldDeduction {
            if (posting == null) {
                throw new InvalidInput("a money operation names its posting id");
            }
            if (kind == null) {
                throw new InvalidInput("a deduction names its kind");
            }
            if (amount == null || amount.isZero()) {
                throw new InvalidInput("a deduction needs a positive amount");
            }
            evidence = Texts.optional(evidence);
        }
    }

    /**
     * Ends the hold {@code hold} under the posting id {@code posting}.
     *
     * @param approval REN-09 / DEP-06: voiding a penalty — filed on the project manager's approval — takes the project
     *                 manager's approval again ({@code deposits.reversal} about the hold); nothing else needs one
     */
    record EndHold(PostingId posting, PostingId hold, String reason, ApprovalId approval) {
        public EndHold {
            if (posting == null || hold == null) {
                throw new InvalidInput("name the posting id and the hold it ends");
            }
            reason = Texts.optional(reason);
        }

        public EndHold(PostingId posting, PostingId hold, String reason) {
            this(posting, hold, reason, null);
        }
    }

    /** Reverses {@code entry} under the posting id {@code posting}. */
    record Reverse(PostingId posting, PostingId entry, String reason, ApprovalId approval) {
        public Reverse {
            if (posting == null || entry == null) {
                throw new InvalidInput("name the posting id and the entry it reverses");
            }
            reason = Texts.required(reason, "the reason for the reversal");
        }
    }
}
