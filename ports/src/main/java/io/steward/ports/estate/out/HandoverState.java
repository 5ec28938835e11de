package io.steward.ports.estate.out;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.HandoverDefect;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.HandoverStep;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Stored state of one handover (房屋交接, EST-04). {@code trail} lists the completed steps in order. */
public record HandoverState(HandoverId id, EstateId estate, UnitId unit, HandoverStage stage, String ownerName,
                            ArchiveId archive, List<String> documentsCollected, String safetyLetter,
                            LocalDate handoverDate, LocalDate prepaidThrough, Fen feesDue, Fen feesPaid,
                            List<HandoverDefect> defects, boolean rectificationKeyKept, int keysHanded,
                            List<String> documentsHanded, String receiptSignedBy, String declineReason,
                            List<HandoverStep> trail, long version) {
    public HandoverState {
        documentsCollected = List.copyOf(documentsCollected);
        defects = List.copyOf(defects);
        documentsHanded = List.copyOf(documentsHanded);
        trail = List.copyOf(trail);
    }

    /**
     * The date by which {@link Handovers#ofEstate} reports a handover: its handover date, else the (UTC) day of its
     * last step (a handover declined before fees were computed has no handover date).
     */
    public LocalDate reportDate() {
        return handoverDate != null ? handoverDate : LocalDate.ofInstant(trail.get(trail.size() - 1).at(), ZoneOffset.UTC);
    }

    /** The same state as stored under {@code version}: what an adapter answers after a write. */
    public HandoverState withVersion(long version) {
        return new HandoverState(id, estate, unit, stage, ownerName, archive, documentsCollected, safetyLetter, handoverDate, prepaidThrough, feesDue, feesPaid, defects, rectificationKeyKept, keysHanded, documentsHanded, receiptSignedBy, declineReason, trail, version);
    }
}
