package io.steward.ports.renovation;

import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.RenovationRecords.Agreement;
import io.steward.ports.renovation.RenovationRecords.Application;
import io.steward.ports.renovation.RenovationRecords.Completion;
import io.steward.ports.renovation.RenovationRecords.Consent;
import io.steward.ports.renovation.RenovationRecords.EntryInspection;
import io.steward.ports.renovation.RenovationRecords.Fees;
import io.steward.ports.renovation.RenovationRecords.HotWorkPermit;
import io.steward.ports.renovation.RenovationRecords.Permit;
import io.steward.ports.renovation.RenovationRecords.Review;
import io.steward.ports.renovation.RenovationRecords.Round;
import io.steward.ports.renovation.RenovationRecords.Settlement;
import io.steward.ports.renovation.RenovationRecords.Step;
import io.steward.ports.renovation.RenovationRecords.Violation;
import io.steward.ports.renovation.RenovationRecords.WorkerPass;
import io.steward.ports.shared.EstateId;
import java.util.List;

/**
 * A renovation as a caller may see it: every form of its process and its timeline (every step, who, when). Personal
 * data — the applicant's and the contractor's phones, ID numbers, the workers' names and IDs — is masked unless the
 * caller holds the grant to read the unit's personal data (EST-08).
 *
 * @param approvalOverdue REN-02: still unapproved after its due time
 */
public record RenovationView(RenovationId id, EstateId estate, UnitId unit, RenovationStatus status,
                             Application application, Review review, boolean approvalOverdue, Agreement agreement,
                             Fees fees, Permit permit, List<WorkerPass> workers, EntryInspection entry, List<Round> rounds,
                             List<HotWorkPermit> hotWorks, List<Consent> consents, List<Violation> violations,
                             Completion completion, Settlement settlement, List<Step> timeline, long version) {
}
