package io.steward.ports.keys.in;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyView;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.util.List;

/**
 * Every movement of a key (KEY-03 … KEY-10). Only the estate's designated key manager, or a deputy the project manager
 * designated, moves a key (KEY-02): whatever leaves the cabinet leaves with their consent, to a member of staff, due back
 * (KEY-07), viewings and emergencies included. Each movement is checked against the key's current holder and appended
 * to its history; of two concurrent movements of the same key only one succeeds (KEY-12). Signatures are checked
 * against the person the register knows: the owner on the archive, the entrusting person, the holder, the caller.
 */
public interface MoveKeys {
    /**
     * EST-04 with KEY-02/KEY-03: once the unit's joint inspection is done, the key manager hands every key of the unit in
     * custody — all of them must be in the cabinet — to the member of staff who hands the unit over, keeping one for
     * rectification where the owner agreed (a single key, or one taken off a set). The desk then hands exactly these keys
     * to the owner. Answers the keys handed.
     */
    List<KeyView> handForHandover(UnitId unit, HandoverKeys handover);

    /**
     * KEY-03 with EST-04: the unit's handover is complete; the keys handed for it go to the owner against the signature
     * on the document receipt. The keys the desk handed must be the keys the key manager handed for the handover (KEY-02:
     * the register holds every key), or the handover is refused. Answers the keys issued. Followed by the domain assembly
     * on {@link io.steward.ports.estate.HandoverCompleted}, inside the handover's transaction, as the system.
     */
    List<KeyView> issueAtHandover(UnitId unit);

    /** KEY-03: the key kept for rectification goes to the owner once the handover is complete, identity checked. */
    KeyView issueToOwner(KeyId key, Issue issue);

    /**
     * EST-07 with KEY-05: a unit changed hands. Where the transfer moved the old owner's entrusted keys to the new
     * owner ({@link io.steward.ports.keys.KeyObligation#ENTRUSTED_KEYS} → {@code MOVED_TO_NEW_OWNER}), each entrusted
     * key of the unit still in custody is entrusted by the new owner from now on: only they collect it, identity
     * checked against their archive. Followed by the domain assembly on {@link OwnershipTransferred}, as the system.
     */
    List<KeyView> followTransfer(OwnershipTransferred transfer);

    /** KEY-05: back to the person who entrusted it, identity checked, against their signature. */
    KeyView collect(KeyId key, Collection collection);

    /**
     * KEY-04 with EST-05: a key entrusted for the vacant unit is kept from now on as the occupant's spare, with the
     * occupant's recorded consent (an owner or tenant on the unit's archive, identity checked), so that they may move in.
     */
    KeyView keepAsSpare(KeyId key, SpareConsent consent);

    /** KEY-06: a member of staff takes the key and opens the door for a viewing; the visitor never holds it. */
    KeyView lendForViewing(KeyId key, Viewing viewing);

    /** KEY-07: a member of staff takes the key with the key manager's consent and signature, due back. */
    KeyView checkOut(KeyId key, CheckOut checkOut);

    /** The key is back in the cabinet, brought back by the member of staff who holds it. */
    KeyView giveBack(KeyId key, Return giveBack);

    /**
     * KEY-07 overdue alert: every key of the estate out with staff past its due time whose holder has not been reminded
     * since it went out gets an {@link io.steward.ports.keys.MovementKind#OVERDUE_REMINDED} line, published as
     * {@link io.steward.ports.keys.KeyMoved} to whoever notifies the holder. Answers the keys reminded now, often
     * none; calling it again reminds nobody twice. Meant to be run by a scheduler, every few minutes (the key manager, a
     * deputy, or PROJECT_MANAGER).
     */
    List<KeyView> remindOverdue(EstateId estate);

    /**
     * KEY-08: release outside the normal procedure, with the project manager's approval and company leadership's
     * approval — two approval acts by two people, neither of them the key manager who releases it.
     */
    KeyView releaseAbnormally(KeyId key, AbnormalRelease release);

    /**
     * KEY-09: the key is lost, recorded against an incident; whether management was at fault is the project manager's
     * decision, asked for when the loss is recorded
     * ({@link io.steward.ports.keys.KeyApprovals#LOSS_BY_MANAGEMENT_FAULT}).
     */
    KeyView reportLost(KeyId key, Loss loss);

    /** KEY-10: the spare key is used in an emergency in locked premises, against the incident, due back. */
    KeyView useSpare(KeyId key, EmergencyUse use);

    /** @param staff the member of staff who hands the unit over and receives its keys; @param due when unused keys are back */
    record HandoverKeys(String staff, Instant due) {
        public HandoverKeys {
            staff = Texts.required(staff, "the member of staff who hands the unit over");
            if (due == null) {
                throw new InvalidInput("when the keys are due back if the handover does not happen is required (KEY-07)");
            }
        }
    }

    record Issue(String owner, String identityDocument, String signature) {
        public Issue {
            owner = Texts.required(owner, "the owner");
            identityDocument = Texts.required(identityDocument, "the owner's identity document");
            signature = Texts.required(signature, "the owner's signature");
        }
    }

    record Collection(String collector, String identityDocument, String signature) {
        public Collection {
            collector = Texts.required(collector, "who collects the key");
            identityDocument = Texts.required(identityDocument, "the identity document of who collects the key");
            signature = Texts.required(signature, "the signature of who collects the key");
        }
    }

    /** KEY-04: the occupant who consents to the company keeping their spare, and their identity document. */
    record SpareConsent(String occupant, String identityDocument, boolean consents) {
        public SpareConsent {
            occupant = Texts.required(occupant, "the occupant who consents");
            identityDocument = Texts.required(identityDocument, "the occupant's identity document");
        }
    }

    /** @param staff the member of staff who holds the key; @param visitor who views the unit */
    record Viewing(String staff, String visitor, Instant due) {
        public Viewing {
            staff = Texts.required(staff, "the member of staff who opens the door");
            visitor = Texts.required(visitor, "who views the unit");
            if (due == null) {
                throw new InvalidInput("when the key is due back is required");
            }
        }
    }

    /** @param reference the work order or task the key is needed for, if any */
    record CheckOut(String staff, String purpose, String reference, Instant due, String staffSignature) {
        public CheckOut {
            staff = Texts.required(staff, "the member of staff taking the key");
            purpose = Texts.required(purpose, "the purpose");
            staffSignature = Texts.required(staffSignature, "the signature of the member of staff");
            if (due == null) {
                throw new InvalidInput("when the key is due back is required (KEY-07)");
            }
            reference = reference == null || reference.isBlank() ? null : reference.trim();
        }
    }

    record Return(String returnedBy) {
        public Return {
            returnedBy = Texts.required(returnedBy, "who brings the key back");
        }
    }

    /** KEY-08: the two approvals, each an act of the approver through the shared approvals mechanism. */
    record AbnormalRelease(String recipient, String identityDocument, String reason, ApprovalId projectManager,
                           ApprovalId leadership, String signature) {
        public AbnormalRelease {
            recipient = Texts.required(recipient, "who receives the key");
            identityDocument = Texts.required(identityDocument, "the recipient's identity document");
            reason = Texts.required(reason, "why the normal procedure cannot be followed");
            signature = Texts.required(signature, "the recipient's signature");
        }
    }

    /** @param incident the recorded incident of the loss (KEY-09) */
    record Loss(String circumstances, IncidentId incident) {
        public Loss {
            circumstances = Texts.required(circumstances, "the circumstances of the loss");
            if (incident == null) {
                throw new InvalidInput("a lost key is recorded against an incident (KEY-09): report it, then name it");
            }
        }
    }

    /** @param incident the recorded incident the key is used for; @param takenBy who takes the key */
    record EmergencyUse(IncidentId incident, String takenBy, String reason, Instant due) {
        public EmergencyUse {
            if (incident == null) {
                throw new InvalidInput("a spare key is used against a recorded incident (KEY-10): report it, then name it");
            }
            takenBy = Texts.required(takenBy, "who takes the spare key");
            reason = Texts.required(reason, "what the emergency is");
            if (due == null) {
                throw new InvalidInput("when the spare key is due back is required (KEY-07)");
            }
        }
    }
}
