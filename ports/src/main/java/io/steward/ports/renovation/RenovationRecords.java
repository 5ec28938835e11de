package io.steward.ports.renovation;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The parts of a renovation's record, one per form of the seed (004 §2), as stored and as shown: each names who
 * recorded it and when, so that the renovation's timeline is its record, not a story told afterwards.
 */
public final class RenovationRecords {
    private RenovationRecords() {
    }

    /** REN-01: the contractor (装修公司) and what was checked of it: licence, qualification, representative's ID. */
    public record Contractor(String name, String licenceNumber, LocalDate licenceValidUntil, String qualificationNumber,
                             LocalDate qualificationValidUntil, String representative, String representativeIdNumber,
                             LocalDate representativeIdValidUntil, String phone) {
        public Contractor {
            name = bounded(name, "the contractor's name", 200);
            licenceNumber = bounded(licenceNumber, "the business licence number", 60);
            qualificationNumber = bounded(qualificationNumber, "the qualification certificate number", 60);
            representative = bounded(representative, "the contractor's representative", 100);
            representativeIdNumber = bounded(representativeIdNumber, "the representative's ID number", 40);
            phone = bounded(phone, "the contractor's phone", 30);
            if (licenceValidUntil == null || qualificationValidUntil == null || representativeIdValidUntil == null) {
                throw new InvalidInput("REN-01: the licence, the qualification and the ID are checked for validity: give"
                        + " the date each is valid until");
            }
        }
    }

    /**
     * REN-01: the application as filed.
     *
     * @param byProxy         filed by someone for the owner, with the owner's power of attorney (委托书)
     * @param applicantName   the owner on file, or the proxy
     * @param powerOfAttorney the power of attorney's reference, for a proxy
     */
    public record Application(boolean byProxy, String applicantName, String applicantPhone, String powerOfAttorney,
                              boolean applicationSignedByOwner, boolean commitmentSignedByOwner, boolean agreementDelegated,
                              String description, Set<WorkTouch> works, String drawings, Contractor contractor,
                              String recordedBy, Instant at) {
        public Application {
            works = works == null ? Set.of() : Set.copyOf(works);
        }
    }

    /** REN-02: one department's signature on the approval, by a person who holds its role. */
    public record Signature(Department department, String by, Instant at, String note) {
    }

    /**
     * REN-02 / REN-03: the approval as it stands.
     *
     * @param due           1 working day after the application on the estate's business calendar
     * @param explanation   how the due time was counted (the days skipped and why)
     * @param guideRequired REN-03: the works need government approval: the owner is handed the guide
     */
    public record Review(Instant due, List<String> explanation, List<Signature> signatures, boolean guideRequired,
                         String guideHandedOverBy, Instant guideHandedOverAt) {
        public Review {
            explanation = List.copyOf(explanation);
            signatures = List.copyOf(signatures);
        }
    }

    /** REN-04: the owner's confirmation and the agreement, with the rules and hours as explained. */
    public record Agreement(RenovationParty signedBy, String signerName, List<String> prohibitions, String workingHours,
                            String movingHours, String recordedBy, Instant at) {
        public Agreement {
            prohibitions = List.copyOf(prohibitions);
        }
    }

    /** REN-05: one fee of the schedule, computed. */
    public record FeeLine(String code, String name, Fen amount) {
    }

    /** REN-05 / DEP-01: the fees as paid at the till, and the deposit they collected (null where none is collected). */
    public record Fees(List<FeeLine> lines, Fen total, int passes, String receipt, DepositId deposit, String paidBy,
                       Instant at) {
        public Fees {
            lines = List.copyOf(lines);
        }
    }

    /** REN-06: the site permit posted on the door, with the service phone. */
    public record Permit(String number, String servicePhone, String by, Instant at) {
    }

    /** REN-06: a worker pass (出入证) registered. */
    public record WorkerPass(String passNumber, String name, String idNumber, String by, Instant at) {
    }

    /**
     * REN-07: the entry inspection (进场装修确认表), witnessed by the contractor or the owner.
     *
     * @param occupancyBefore the unit's status before it became RENOVATING, to which acceptance returns it
     */
    public record EntryInspection(RenovationParty witness, String witnessName, String notes, String by, Instant at,
                                  Occupancy occupancyBefore) {
    }

    /**
     * REN-08: a department's daily round.
     *
     * @param uncovered what was observed without a permit or consent covering it: a finding to act on
     */
    public record Round(LocalDate day, Department department, Set<Observation> observed, Set<Observation> uncovered,
                        String note, String by, Instant at) {
        public Round {
            observed = Set.copyOf(observed);
            uncovered = Set.copyOf(uncovered);
        }
    }

    /** REN-08: a hot-work permit (动火审批), given by a person who holds an approving role, for a period. */
    public record HotWorkPermit(Instant from, Instant to, String location, String by, Instant at) {
    }

    /** REN-08: a written consent to bring gas cylinders or welding gear on site, until a day. */
    public record Consent(Observation item, LocalDate until, String note, String by, Instant at) {
    }

    /**
     * REN-09: a violation. A minor one is a verbal warning; a serious one a notice (违章整改表, 3 copies) for which the
     * owner was phoned first, then the contractor, and both signed; a penalty on it is held against the deposit on the
     * project manager's approval.
     */
    public record Violation(int number, boolean serious, String description, String warned, Instant ownerPhonedAt,
                           Instant contractorPhonedAt, int copies, Fen penalty, ApprovalId approval, String approvedBy,
                           PostingId hold, String by, Instant at) {
    }

    /** REN-10: an item that failed acceptance, and the fix explained to the owner. */
    public record FailedItem(String item, String fix) {
        public FailedItem {
            item = bounded(item, "the failed item", 200);
            fix = Texts.optional(fix);
            if (fix != null && fix.length() > 500) {
                throw new InvalidInput("the fix is at most 500 characters");
            }
        }
    }

    /** REN-10: one department's acceptance check on the owner's request {@code request} (1, 2 …). */
    public record AcceptanceCheck(int request, Department department, boolean passed, List<FailedItem> failed, String by,
                                  Instant at) {
        public AcceptanceCheck {
            failed = List.copyOf(failed);
        }
    }

    /**
     * REN-10 / DEP-04: the owner's requests for acceptance, the checks, and the day the works were accepted, from
     * which the refund is due 3 calendar months later in the estate's time zone.
     */
    public record Completion(List<Instant> requests, List<AcceptanceCheck> checks, LocalDate acceptedOn,
                             LocalDate refundDueOn) {
        public static final Completion NONE = new Completion(List.of(), List.of(), null, null);

        public Completion {
            requests = List.copyOf(requests);
            checks = List.copyOf(checks);
        }
    }

    /**
     * DEP-04: the check that no public or neighbours' interest was harmed (prohibited works, leaks).
     *
     * @param remedy what settled the harm an earlier check found (a notice's penalty, a repair), when this one finds none
     */
    public record NeighbourCheck(boolean harmed, String findings, String remedy, String by, Instant at) {
    }

    /** DEP-04: who asked for the refund; a contractor's request carries the owner's consent. */
    public record RefundRequest(RenovationParty requester, String requesterName, String ownerConsent, String recordedBy,
                                Instant at) {
    }

    /** DEP-04: one party's signature on the refund acceptance (owner, contractor, project centre). */
    public record SignOff(RenovationParty party, String signerName, String by, Instant at) {
    }

    /** DEP-04 / DEP-03: a deduction from the deposit, with its evidence. */
    public record Deduction(PostingId posting, PostingCode code, Fen amount, String evidence) {
    }

    /** DEP-04: the cashier's refund memo (押金退还备忘表). */
    public record Memo(String number, Fen deposit, List<Deduction> deductions, Fen refunded, RefundOutcome outcome,
                       ApprovalId approval, String approvedBy, PostingId posting, String cashier, Instant at) {
        public Memo {
            deductions = List.copyOf(deductions);
        }
    }

    /** DEP-04: the deposit's settlement as it stands. */
    public record Settlement(Instant notifiedAt, List<NeighbourCheck> checks, RefundRequest request, List<SignOff> signOffs,
                             Memo memo) {
        public static final Settlement NONE = new Settlement(null, List.of(), null, List.of(), null);

        public Settlement {
            checks = List.copyOf(checks);
            signOffs = List.copyOf(signOffs);
        }
    }

    /** One step of the renovation's timeline: what was done, under which rule, by whom, when. */
    public record Step(String step, String rule, String by, Instant at, String detail) {
    }

    static String bounded(String value, String what, int max) {
        String v = Texts.required(value, what);
        if (v.length() > max) {
            throw new InvalidInput(what + " is at most " + max + " characters");
        }
        return v;
    }
}
