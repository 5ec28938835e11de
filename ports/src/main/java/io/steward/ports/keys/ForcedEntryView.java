package io.steward.ports.keys;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.util.List;

/**
 * A forced entry as the use cases show it (KEY-11): the approval it rests on — given before, or, after an override,
 * pending until the project GM ratifies it ({@code approvalStatus}) — and the occupant's name masked unless the caller
 * holds the grant to read the unit's personal data (EST-08).
 *
 * @param approvedBy the project GM's approval as given, or null while none is
 */
public record ForcedEntryView(ForcedEntryId id, EstateId estate, UnitId unit, String unitCode, IncidentId incident,
                              String grounds, ApprovalId approval, ApprovalStatus approvalStatus, Approval approvedBy,
                              String override, List<String> staff, Instant enteredAt, String recordedBy, ForcedEntryStage stage,
                              List<String> photos, String sceneNotes, String sceneRecordedBy, Instant sceneRecordedAt,
                              String occupant, String contactedBy, Instant contactedAt, String confirmedBy,
                              Instant confirmedAt, boolean masked, long version) {
    public ForcedEntryView {
        staff = List.copyOf(staff);
        photos = List.copyOf(photos);
    }
}
