package io.steward.ports.renovation.in;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * DEP-04: the renovation deposit's refund — not before 3 calendar months after the completion acceptance (in the
 * estate's time zone); the neighbours' check; a contractor's request with the owner's consent; the three-party
 * sign-off; the project manager's approval of the refundable amount; the cashier's refund memo.
 */
public interface SettleRenovationDeposit {
    /** The refunds due by the end of {@code month} and not yet settled, earliest first. */
    List<RefundDue> refundsDue(EstateId estate, YearMonth month);

    /** Tells whoever listens of each refund that came due and was not told yet (an event each); answers those told. */
    List<RefundDue> notifyRefundsDue(EstateId estate);

    /** DEP-04: records whether a public or neighbours' interest was harmed (prohibited works, leaks). */
    RenovationView checkNeighbours(RenovationId id, NeighbourCheck check);

    /** DEP-04: who asks for the refund; the contractor only with the owner's consent. */
    RenovationView requestRefund(RenovationId id, RefundRequest request);

    /** DEP-04: one party's sign-off of the refund acceptance (owner, contractor, project centre). */
    RenovationView signOff(RenovationId id, SignOff signOff);

    /** DEP-04: the cashier refunds what is refundable, on the project manager's approval, and writes the memo. */
    RenovationView refund(RenovationId id, Refund refund);

    /** A refund due: whom to notify, what the deposit holds. Names and phones masked without the grant. */
    record RefundDue(RenovationId renovation, EstateId estate, UnitId unit, LocalDate acceptedOn, LocalDate dueOn,
                     DepositId deposit, Fen held, Fen withheld, String notifyName, String phone, Instant notifiedAt) {
    }

    /** @param remedy what settled the harm an earlier check found (a notice's penalty, a repair), when this finds none */
    record NeighbourCheck(boolean harmed, String findings, String remedy) {
        public NeighbourCheck {
            findings = Texts.required(findings, "what was checked and found");
            remedy = Texts.optional(remedy);
            if (findings.length() > 1000 || (remedy != null && remedy.length() > 500)) {
                throw new InvalidInput("findings are at most 1000 characters, a remedy 500");
            }
        }

        public NeighbourCheck(boolean harmed, String findings) {
            this(harmed, findings, null);
        }
    }

    /** @param ownerConsent how the owner consented to a contractor's request (their signed consent's reference) */
    record RefundRequest(RenovationParty requester, String requesterName, String ownerConsent) {
        public RefundRequest {
            if (requester == null || requester == RenovationParty.PROJECT_CENTRE) {
                throw new InvalidInput("the refund is requested by the OWNER or the CONTRACTOR");
            }
            requesterName = Texts.required(requesterName, "the requester's name");
            ownerConsent = Texts.optional(ownerConsent);
            if (requesterName.length() > 100 || (ownerConsent != null && ownerConsent.length() > 200)) {
                throw new InvalidInput("a name is at most 100 characters, a reference 200");
            }
        }
    }

    /** @param signerName the owner's or contractor's signer; for the project centre, the caller signs */
    record SignOff(RenovationParty party, String signerName) {
        public SignOff {
            if (party == null) {
                throw new InvalidInput("a sign-off names its party");
            }
            signerName = Texts.optional(signerName);
            if (signerName != null && signerName.length() > 100) {
                throw new InvalidInput("a name is at most 100 characters");
            }
        }
    }

    record Refund(ApprovalId approval, PostingId posting, String memo) {
        public Refund {
            if (posting == null) {
                throw new InvalidInput("a money operation names its posting id");
            }
            memo = Texts.required(memo, "refund memo number");
            if (memo.length() > 40) {
                throw new InvalidInput("a memo number is at most 40 characters");
            }
        }
    }
}
