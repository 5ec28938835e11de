package io.steward.ports.renovation.in;

import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationRecords;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.WorkTouch;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.util.List;
import java.util.Set;

/**
 * A renovation from its application to the start of works (REN-01 … REN-07), each step in the seed's order: apply →
 * approve (customer service and engineering, within 1 working day) → hand over the government guide where the works
 * need one → the owner confirms and the agreement is signed → the fees of the schedule → the site permit and worker
 * passes → the entry inspection, after which the unit is RENOVATING.
 */
public interface ApplyForRenovation {
    /** REN-01: files the application of the unit's owner (or their proxy) with its documents checked. */
    RenovationView apply(UnitId unit, Apply application);

    /** REN-02: the caller signs the approval for their department (customer service or engineering). */
    RenovationView sign(RenovationId id, Sign signature);

    /** REN-02: refuses the application, with the reason told to the owner. */
    RenovationView reject(RenovationId id, String reason);

    /** REN-03: the guide to the government's approval (fire, structure, gas) handed to the owner. */
    RenovationView handOverGuide(RenovationId id, String note);

    /** REN-04: the owner confirms the approval; the agreement is signed; the prohibitions and hours explained. */
    RenovationView agree(RenovationId id, Agree agreement);

    /** REN-05 / DEP-02: what the cashier charges, computed from the estate's published schedule. */
    FeeQuote quote(RenovationId id, int passes);

    /** REN-05 / DEP-01: the fees paid as quoted; the deposit collected into the ledger (posting processed once). */
    RenovationView payFees(RenovationId id, PayFees payment);

    /** REN-06: the site permit issued, carrying the estate's service phone. */
    RenovationView issuePermit(RenovationId id, String permitNumber);

    /** REN-06: a worker pass registered — no more than were paid for. */
    RenovationView registerWorker(RenovationId id, Worker worker);

    /** REN-07: the entry inspection with the contractor or the owner; works begin, the unit RENOVATING (EST-02). */
    RenovationView inspectEntry(RenovationId id, Entry entry);

    /** Withdraws the application before any fee was paid. */
    RenovationView withdraw(RenovationId id, String reason);

    /**
     * Cancels a renovation whose fees were paid but whose works have not begun (FEES_PAID, PERMITTED): its deposit is
     * refunded whole on the project manager's approval of that amount ({@code renovation.refund}), with the memo.
     */
    RenovationView cancel(RenovationId id, Cancel cancel);

    record Cancel(String reason, io.steward.ports.shared.ApprovalId approval, PostingId posting, String memo) {
        public Cancel {
            reason = Texts.required(reason, "the reason");
            if (posting == null) {
                throw new InvalidInput("a money operation names its posting id");
            }
            memo = Texts.required(memo, "refund memo number");
            if (reason.length() > 500 || memo.length() > 40) {
                throw new InvalidInput("a reason is at most 500 characters, a memo number 40");
            }
        }
    }

    /**
     * REN-01: an application. The owner applies in person (named by the unit's owner archive, never typed) or through a
     * proxy with a power of attorney; both the application (装修申请表) and the commitment letter (装修承诺书) are signed
     * by the owner.
     *
     * @param agreementDelegated the commitment letter delegates signing the agreement to the contractor (REN-04)
     * @param drawings           the reference of the stamped drawings (plans, ceilings, pipes and wiring, sections)
     */
    record Apply(boolean byProxy, String proxyName, String proxyPhone, String powerOfAttorney,
                 boolean applicationSignedByOwner, boolean commitmentSignedByOwner, boolean agreementDelegated,
                 String description, Set<WorkTouch> works, String drawings, RenovationRecords.Contractor contractor) {
        public Apply {
            proxyName = Texts.optional(proxyName);
            proxyPhone = Texts.optional(proxyPhone);
            powerOfAttorney = Texts.optional(powerOfAttorney);
            description = Texts.required(description, "what the works are");
            drawings = Texts.optional(drawings);
            works = works == null ? Set.of() : Set.copyOf(works);
            if (contractor == null) {
                throw new InvalidInput("REN-01: an application names its contractor, with its documents");
            }
            if (description.length() > 1000 || (drawings != null && drawings.length() > 200)
                    || (powerOfAttorney != null && powerOfAttorney.length() > 200)
                    || (proxyName != null && proxyName.length() > 100) || (proxyPhone != null && proxyPhone.length() > 30)) {
                throw new InvalidInput("a description is at most 1000 characters, a reference 200, a name 100, a phone 30");
            }
            if (byProxy && (proxyName == null || proxyPhone == null)) {
                throw new InvalidInput("a proxy gives their name and phone");
            }
        }
    }

    /** REN-02: a signature for {@code department}, which the caller's role must be. */
    record Sign(Department department, String note) {
        public Sign {
            if (department == null) {
                throw new InvalidInput("a signature names the department it signs for");
            }
            note = Texts.optional(note);
            if (note != null && note.length() > 500) {
                throw new InvalidInput("a note is at most 500 characters");
            }
        }
    }

    /**
     * REN-04.
     *
     * @param ownerConfirmed        the owner signed the approval form, confirming what was approved
     * @param signedBy              who signed the agreement: the owner, or the contractor where delegated
     * @param prohibitionsExplained the desk explained the prohibitions and hours, besides the written rules
     */
    record Agree(boolean ownerConfirmed, RenovationParty signedBy, String signerName, boolean prohibitionsExplained) {
        public Agree {
            if (signedBy == null || signedBy == RenovationParty.PROJECT_CENTRE) {
                throw new InvalidInput("the agreement is signed by the OWNER or the CONTRACTOR");
            }
            signerName = Texts.required(signerName, "the signer's name");
            if (signerName.length() > 100) {
                throw new InvalidInput("a name is at most 100 characters");
            }
        }
    }

    /** REN-05: the schedule's fees for this renovation, and their total. */
    record FeeQuote(RenovationId renovation, List<RenovationRecords.FeeLine> lines, Fen total, int passes) {
        public FeeQuote {
            lines = List.copyOf(lines);
        }
    }

    /** The most worker passes one renovation pays for. */
    int MAX_PASSES = 50;

    /**
     * REN-05: the payment. {@code total} is what the cashier quoted: a schedule changed since is refused, not charged.
     *
     * @param posting       the deposit's collection, processed once
     * @param depositHolder who paid the deposit and will have it back: the OWNER or the CONTRACTOR
     */
    record PayFees(PostingId posting, int passes, Fen total, HolderKind depositHolder, String receipt) {
        public PayFees {
            if (posting == null) {
                throw new InvalidInput("a money operation names its posting id");
            }
            if (passes < 0 || passes > MAX_PASSES) {
                throw new InvalidInput("0 to " + MAX_PASSES + " worker passes");
            }
            if (total == null) {
                throw new InvalidInput("the total as quoted");
            }
            if (depositHolder == null || depositHolder == HolderKind.TENANT) {
                throw new InvalidInput("DEP-01: the deposit is held for the OWNER or the CONTRACTOR");
            }
            receipt = Texts.required(receipt, "receipt number");
            if (receipt.length() > 40) {
                throw new InvalidInput("a receipt number is at most 40 characters");
            }
        }
    }

    /** REN-06: a worker's pass. */
    record Worker(String passNumber, String name, String idNumber) {
        public Worker {
            passNumber = Texts.required(passNumber, "pass number");
            name = Texts.required(name, "the worker's name");
            idNumber = Texts.required(idNumber, "the worker's ID number");
            if (passNumber.length() > 40 || name.length() > 100 || idNumber.length() > 40) {
                throw new InvalidInput("a pass number is at most 40 characters, a name 100, an ID number 40");
            }
        }
    }

    /** REN-07: the entry inspection's witness (the contractor or the owner) and what was found before works. */
    record Entry(RenovationParty witness, String witnessName, String notes) {
        public Entry {
            if (witness == null || witness == RenovationParty.PROJECT_CENTRE) {
                throw new InvalidInput("REN-07: the entry inspection is witnessed by the CONTRACTOR or the OWNER");
            }
            witnessName = Texts.required(witnessName, "the witness's name");
            notes = Texts.optional(notes);
            if (witnessName.length() > 100 || (notes != null && notes.length() > 1000)) {
                throw new InvalidInput("a name is at most 100 characters, notes 1000");
            }
        }
    }
}
