package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.List;

/**
 * EST-04 房屋交接汇总报表: every unit handed over in the period, and every unit not taken over with its reason.
 */
public record HandoverSummary(EstateId estate, LocalDate from, LocalDate to, List<Line> completed,
                              List<Line> notTakenOver, List<Line> inProgress) {
    /** One unit's line of the summary. */
    public record Line(UnitId unit, String unitCode, HandoverId handover, HandoverStage stage, LocalDate date,
                       int openDefects, String reason) {
    }
}
