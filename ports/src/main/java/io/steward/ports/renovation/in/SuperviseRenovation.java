package io.steward.ports.renovation.in;

import io.steward.ports.deposits.PostingId;
import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.Observation;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationRecords;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Works in progress (REN-08, REN-09) and their completion acceptance (REN-10). */
public interface SuperviseRenovation {
    /** REN-08: the caller's department's round of the day; what it saw without a permit or consent is a finding. */
    RenovationView round(RenovationId id, Round round);

    /** REN-08: a hot-work permit (动火审批), given by the caller, who holds an approving role. */
    RenovationView permitHotWork(RenovationId id, HotWork permit);

    /** REN-08: written consent to bring gas cylinders or welding gear on site. */
    RenovationView consent(RenovationId id, Consent consent);

    /** REN-09: a minor violation: a verbal warning, recorded. */
    RenovationView warn(RenovationId id, Warning warning);

    /** REN-09: a serious violation: the notice, the calls (owner first), both signatures, the penalty if any. */
    RenovationView notice(RenovationId id, Notice notice);

    /**
     * REN-09 / DEP-03: files the penalty written on notice {@code number} for deduction at refund, on the project
     * manager's approval of that amount: held against the deposit.
     */
    RenovationView filePenalty(RenovationId id, int number, FilePenalty penalty);

    /** REN-10: the owner asks for completion acceptance. */
    RenovationView requestAcceptance(RenovationId id, String note);

    /** REN-10: the caller's department (engineering or security) checks the works; failed items with their fix. */
    RenovationView accept(RenovationId id, Acceptance acceptance);

    record Round(Department department, Set<Observation> observed, String note) {
        public Round {
            if (department == null) {
                throw new InvalidInput("a round names its department");
            }
            observed = observed == null ? Set.of() : Set.copyOf(observed);
            note = Texts.optional(note);
            if (note != null && note.length() > 1000) {
                throw new InvalidInput("a note is at most 1000 characters");
            }
        }
    }

    /** The longest hot-work permit: 7 days. */
    long MAX_HOT_WORK_HOURS = 7 * 24;

    record HotWork(Instant from, Instant to, String location) {
        public HotWork {
            if (from == null || to == null || !to.isAfter(from)) {
                throw new InvalidInput("a hot-work permit runs from its start to its end, in that order");
            }
            if (java.time.Duration.between(from, to).toHours() > MAX_HOT_WORK_HOURS) {
                throw new InvalidInput("a hot-work permit lasts at most " + MAX_HOT_WORK_HOURS + " hours");
            }
            location = Texts.required(location, "where the hot work is done");
            if (location.length() > 200) {
                throw new InvalidInput("a location is at most 200 characters");
            }
        }
    }

    record Consent(Observation item, LocalDate until, String note) {
        public Consent {
            if (item == null || item.needsHotWorkPermit()) {
                throw new InvalidInput("a written consent is for GAS_CYLINDERS or WELDING_GEAR; hot work needs its permit");
            }
            if (until == null) {
                throw new InvalidInput("a consent names the last day it covers");
            }
            note = Texts.optional(note);
            if (note != null && note.length() > 500) {
                throw new InvalidInput("a note is at most 500 characters");
            }
        }
    }

    record Warning(String description, String warned) {
        public Warning {
            description = Texts.required(description, "what the violation was");
            warned = Texts.required(warned, "who was warned");
            if (description.length() > 1000 || warned.length() > 100) {
                throw new InvalidInput("a description is at most 1000 characters, a name 100");
            }
        }
    }

    /** The copies of a violation notice (违章整改表): the owner's, the contractor's, the file's. */
    int NOTICE_COPIES = 3;

    /**
     * REN-09.
     *
     * @param penalty the penalty under the agreement written on the notice, or null
     */
    record Notice(String description, Instant ownerPhonedAt, Instant contractorPhonedAt, boolean signedByOwner,
                  boolean signedByContractor, Fen penalty) {
        public Notice {
            description = Texts.required(description, "what the violation was");
            if (description.length() > 1000) {
                throw new InvalidInput("a description is at most 1000 characters");
            }
            if (ownerPhonedAt == null || contractorPhonedAt == null) {
                throw new InvalidInput("REN-09: the owner and then the contractor are phoned: when was each called?");
            }
            penalty = penalty == null || penalty.isZero() ? null : penalty;
        }
    }

    record FilePenalty(ApprovalId approval, PostingId posting) {
        public FilePenalty {
            if (approval == null) {
                throw new InvalidInput("REN-09: a penalty is filed on the project manager's approval: name it");
            }
            if (posting == null) {
                throw new InvalidInput("a money operation names its posting id");
            }
        }
    }

    record Acceptance(Department department, List<RenovationRecords.FailedItem> failed) {
        public Acceptance {
            if (department == null) {
                throw new InvalidInput("an acceptance check names its department");
            }
            failed = failed == null ? List.of() : List.copyOf(failed);
            if (failed.size() > 100) {
                throw new InvalidInput("at most 100 failed items");
            }
        }
    }
}
