package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.LocalDate;
import java.util.List;

/**
 * A handover as callers see it; {@code ownerName} is masked (EST-08). {@code nextStage} tells the desk what the
 * next step is.
 */
public record HandoverView(HandoverId id, EstateId estate, UnitId unit, HandoverStage stage, HandoverStage nextStage,
                           String ownerName, ArchiveId archive, List<String> documentsCollected, String safetyLetter,
                           LocalDate handoverDate, LocalDate prepaidThrough, Fen feesDue, Fen feesPaid,
                           List<HandoverDefect> defects, boolean rectificationKeyKept, int keysHanded,
                           List<String> documentsHanded, String receiptSignedBy, String declineReason,
                           List<HandoverStep> trail, long version) {
}
