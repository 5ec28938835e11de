package io.steward.ports.shared.in;

import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.ApprovalView;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Texts;
import java.util.List;

/**
 * Approvals are acts of the approver (DOMAIN.md: KEY-08, KEY-09, KEY-11, charge reversals, a back-dated handover,
 * EST-08 disclosures …). Someone who may ask for an approval of a purpose asks for it about one subject, with a reason;
 * a person who holds one of the purpose's approving roles in the estate — never the one who asked — approves or
 * declines it, recorded with who, in which role and when; the act it allows then consumes it, once, before it expires.
 * The act names the approval; no act takes a name typed in by the person recording it.
 */
public interface Approve {
    /** Asks for an approval. Refused when the purpose is unknown or the caller may not ask for it. */
    ApprovalView request(Request request);

    /** Gives the approval (or ratifies an act done first). */
    ApprovalView approve(ApprovalId approval, String note);

    /** Declines it; a declined approval never allows an act. */
    ApprovalView decline(ApprovalId approval, String note);

    ApprovalView approval(ApprovalId approval);

    /** The approvals of the estate, newest first, optionally in one status (PENDING: what awaits a decision). */
    Page<ApprovalView> approvals(EstateId estate, ApprovalStatus status, PageRequest page);

    /** Every approval about one subject, oldest first. */
    List<ApprovalView> about(EstateId estate, String subject);

    /** The purposes an approval can be asked for, with who asks and who approves. */
    List<ApprovalPurpose> purposes();

    /**
     * @param purpose the code of an {@link ApprovalPurpose}
     * @param subject the id of the object it is about
     * @param reason  why the approval is needed
     * @param detail  what exactly is to be approved beyond the subject (a disclosure's recipient, a date), if anything
     */
    record Request(EstateId estate, String purpose, String subject, String reason, String detail) {
        public Request {
            if (estate == null) {
                throw new io.steward.ports.shared.InvalidInput("the estate is required");
            }
            purpose = Texts.required(purpose, "the purpose");
            subject = Texts.required(subject, "the subject");
            reason = Texts.required(reason, "the reason");
            detail = Texts.optional(detail);
        }
    }
}
