package io.steward.ports.estate.in;

import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import java.time.LocalDate;
import java.util.List;

/**
 * EST-04 房屋交接: hands a unit over to its owner, step by step in the order of the rule. FRONT_DESK runs the
 * steps; CASHIER records the payment; ENGINEER may record the joint inspection.
 */
public interface HandOverUnit {

    /** Opens the handover of a unit that is NOT_TAKEN_OVER and has no open handover. */
    HandoverView start(UnitId unit);

    /** Performs the next step; a step out of order is refused (EST-04). */
    HandoverView perform(HandoverId handover, Step step);

    /** The steps, in the order EST-04 requires them. */
    sealed interface Step permits VerifyIdentity, CollectDocuments, FillArchive, SignSafetyLetter, ComputeFees,
            RecordPayment, RecordInspection, HandOverKeys, Decline, RectifyDefect, CloseDefect {
    }

    /** 1. Identity against the developer's roster, the ID document and the purchase contract. */
    record VerifyIdentity(String ownerName, String idNumber, String contractNumber) implements Step {
        public VerifyIdentity {
            require(ownerName, "owner name");
            require(idNumber, "ID number");
            require(contractNumber, "contract number");
        }
    }

    /** 2. Copy of the ID and the owner's documents collected. */
    record CollectDocuments(List<String> documents) implements Step {
        public CollectDocuments {
            documents = documents == null ? List.of() : List.copyOf(documents);
            if (documents.isEmpty()) {
                throw new InvalidInput("list the documents collected (at least the ID copy)");
            }
        }
    }

    /** 3. The owner archive; the emergency mobile number and the birthday are mandatory. */
    record FillArchive(PersonalData owner) implements Step {
        public FillArchive {
            if (owner == null) {
                throw new InvalidInput("owner data is required");
            }
        }
    }

    /** 4. The safety-responsibility letter (安全责任制书) signed; {@code letterReference} points to the scan. */
    record SignSafetyLetter(String letterReference) implements Step {
        public SignSafetyLetter {
            require(letterReference, "letter reference");
        }
    }

    /**
     * 5. Fees computed from the handover date for the estate's prepaid months, from the fee schedule. The handover date
     * is the day it is recorded, in the estate's time zone ({@code handoverDate} null); an earlier date needs the project
     * manager's approval ({@link io.steward.ports.estate.EstateApprovals#BACKDATED_HANDOVER}, detail: the date).
     */
    record ComputeFees(LocalDate handoverDate, ApprovalId backdating) implements Step {
    }

    /** 6. Payment collected at the cashier. */
    record RecordPayment(Fen amount, String receipt) implements Step {
        public RecordPayment {
            if (amount == null || amount.isZero()) {
                throw new InvalidInput("a payment needs a positive amount");
            }
            require(receipt, "receipt number");
        }
    }

    /**
     * 7. Joint inspection (查验) with the owner: defects found; with the owner's consent one key is kept for
     * rectification; the unit's meters read (each metered fee of the schedule), where its later bills start.
     */
    record RecordInspection(List<DefectFound> defects, boolean ownerConsentsToKeepRectificationKey,
                            List<PostFees.Read> meters) implements Step {
        public RecordInspection {
            defects = defects == null ? List.of() : List.copyOf(defects);
            meters = meters == null ? List.of() : List.copyOf(meters);
        }
    }

    /** A defect found at the joint inspection. */
    record DefectFound(String location, String description) {
        public DefectFound {
            require(description, "defect description");
            location = location == null ? "" : location;
        }
    }

    /**
     * 8. Keys, the owner handbook and the renovation handbook (and any other documents) handed over against the owner's
     * signature on the document receipt.
     */
    record HandOverKeys(int keys, boolean ownerHandbook, boolean renovationHandbook, List<String> documents, String signedBy)
            implements Step {
        public HandOverKeys {
            if (keys < 1 || keys > 50) {
                throw new InvalidInput("1 to 50 keys are handed over");
            }
            documents = documents == null ? List.of() : List.copyOf(documents);
            require(signedBy, "signature on the document receipt");
        }
    }

    /** Ends the handover without the owner taking the unit over; the reason is recorded. */
    record Decline(String reason) implements Step {
        public Decline {
            require(reason, "reason");
        }
    }

    /** A defect of the list was rectified (by engineering or the developer). */
    record RectifyDefect(int number, String rectification) implements Step {
        public RectifyDefect {
            require(rectification, "rectification");
        }
    }

    /** A rectified defect was verified and closes. */
    record CloseDefect(int number) implements Step {
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(what + " is required");
        }
    }
}
