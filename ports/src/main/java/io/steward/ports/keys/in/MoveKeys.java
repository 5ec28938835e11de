package io.steward.ports.keys.in;

import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyView;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.util.List;

/**
 * Every movement of a key (KEY-03 … KEY-10). Each one is checked against the key's current holder and appended to
 * its history; of two concurrent movements of the same key only one succeeds (KEY-12).
 */
public interface MoveKeys {
    /** KEY-03: to the owner, against signature, only once the unit's handover is complete (KEY_MANAGER). */
    KeyView issueToOwner(KeyId key, Issue issue);

    /**
     * KEY-03 with EST-04: the unit's handover is complete, its keys went to the owner against the signature on the
     * document receipt, and the register follows. Every key of the unit still in the cabinet as the developer's
     * (NOT_TAKEN_OVER or DEVELOPER_HANDOVER) is issued to the owner on the archive against that signature, with the
     * handover as reference. Keys that are out with staff, entrusted, spare or kept for rectification stay where they
     * are. Where the owner agreed to leave a key for rectification, one of those keys stays in the cabinet as the
     * rectification key (a single key, or one taken off a set). The keys in the cabinet must add up to those handed
     * plus the one kept, or the handover is refused (KEY-02: the register holds every key). Answers the keys issued,
     * often none (FRONT_DESK, PROJECT_MANAGER or KEY_MANAGER). Wire it to
     * {@link io.steward.ports.estate.HandoverCompleted} to keep the register in step with the handover desk.
     */
    List<KeyView> issueAtHandover(UnitId unit);

    /**
     * EST-07 with KEY-05: a unit changed hands. Where the transfer moved the old owner's entrusted keys to the new
     * owner ({@link io.steward.ports.estate.Obligation#ENTRUSTED_KEYS} → {@code MOVED_TO_NEW_OWNER}), each entrusted
     * key of the unit still in custody is entrusted by the new owner from now on: only they collect it, identity
     * checked against their archive. Answers the keys whose entrustment passed, often none (FRONT_DESK,
     * PROJECT_MANAGER or KEY_MANAGER). Wire it to {@link io.steward.ports.estate.OwnershipTransferred}, synchronously,
     * as {@link #issueAtHandover} to the handover.
     */
    List<KeyView> followTransfer(OwnershipTransferred transfer);

    /** KEY-05: back to the person who entrusted it, identity checked, against signature (KEY_MANAGER). */
    KeyView collect(KeyId key, Collection collection);

    /** KEY-06: a member of staff takes the key and opens the door for a viewing; the visitor never holds it. */
    KeyView lendForViewing(KeyId key, Viewing viewing);

    /** KEY-07: a member of staff takes the key with the key manager's consent and signature, due back (KEY_MANAGER). */
    KeyView checkOut(KeyId key, CheckOut checkOut);

    /** The key is back in the cabinet (KEY_MANAGER). */
    KeyView giveBack(KeyId key, Return giveBack);

    /**
     * KEY-07 overdue alert: every key of the estate out with staff past its due time whose holder has not been reminded
     * since it went out gets an {@link io.steward.ports.keys.MovementKind#OVERDUE_REMINDED} line, published as
     * {@link io.steward.ports.keys.KeyMoved} to whoever notifies the holder. Answers the keys reminded now, often
     * none; calling it again reminds nobody twice. Meant to be run by a scheduler, every few minutes (KEY_MANAGER or
     * PROJECT_MANAGER).
     */
    List<KeyView> remindOverdue(EstateId estate);

    /** KEY-08: release outside the normal procedure, approved by the project manager and company leadership. */
    KeyView releaseAbnormally(KeyId key, AbnormalRelease release);

    /** KEY-09: the key is lost; where management was at fault, the key manager and project manager are accountable. */
    KeyView reportLost(KeyId key, Loss loss);

    /** KEY-10: the spare key is used in an emergency in locked premises, linked to the incident. */
    KeyView useSpare(KeyId key, EmergencyUse use);

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

    /** KEY-08: the two approvals are recorded facts; the library checks the approvers hold the roles. */
    record AbnormalRelease(String recipient, String identityDocument, String reason, Approval projectManager,
                           Approval leadership, String signature) {
        public AbnormalRelease {
            recipient = Texts.required(recipient, "who receives the key");
            identityDocument = Texts.required(identityDocument, "the recipient's identity document");
            reason = Texts.required(reason, "why the normal procedure cannot be followed");
            signature = Texts.required(signature, "the recipient's signature");
        }
    }

    /** @param projectManager the project manager accountable with the key manager when management was at fault */
    record Loss(String circumstances, boolean managementFault, String projectManager) {
        public Loss {
            circumstances = Texts.required(circumstances, "the circumstances of the loss");
            projectManager = projectManager == null || projectManager.isBlank() ? null : projectManager.trim();
        }
    }

    /** @param incident the incident the key is used for; @param takenBy who takes the key */
    record EmergencyUse(String incident, String takenBy, String reason) {
        public EmergencyUse {
            incident = Texts.required(incident, "the incident reference (KEY-10)");
            takenBy = Texts.required(takenBy, "who takes the spare key");
            reason = Texts.required(reason, "what the emergency is");
        }
    }
}
