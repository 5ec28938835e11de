package io.steward.ports.keys.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.ForcedEntryStage;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.util.List;

/**
 * A forced entry (破门, KEY-11) and what followed it. Each stage only adds facts to the record.
 *
 * @param grounds     why it could not wait: occupant unreachable, extreme urgency, greater loss
 * @param approval    the project GM's approval it used, or the one asked for after an override
 * @param override    why the entry could not wait for the approval (null when it was approved first)
 * @param staff       the two or more staff who entered together
 * @param photos      references of the photographs (attachment ids or URLs) taken at the scene
 * @param occupant    the occupant customer service reached (personal data)
 * @param confirmedBy the occupant's on-site confirmation (their signature; personal data)
 */
public record ForcedEntryState(ForcedEntryId id, EstateId estate, UnitId unit, String unitCode, IncidentId incident,
                               String grounds, ApprovalId approval, String override, List<String> staff, Instant enteredAt,
                               String recordedBy, ForcedEntryStage stage, List<String> photos, String sceneNotes,
                               String sceneRecordedBy, Instant sceneRecordedAt, String occupant, String contactedBy,
                               Instant contactedAt, String confirmedBy, Instant confirmedAt, long version) implements Versioned<ForcedEntryState> {
    public ForcedEntryState {
        staff = List.copyOf(staff);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    @Override
    public ForcedEntryState withVersion(long version) {
        return new ForcedEntryState(id, estate, unit, unitCode, incident, grounds, approval, override, staff, enteredAt,
                recordedBy, stage, photos, sceneNotes, sceneRecordedBy, sceneRecordedAt, occupant, contactedBy, contactedAt,
                confirmedBy, confirmedAt, version);
    }
}
