package io.steward.ports.estate.in;

import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstateView;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverSummary;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyRecord;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitView;
import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The read side of the estate context. Every query is scoped: a caller with no role in the estate is told the
 * object does not exist (NotFound), never that it is forbidden.
 */
public interface BrowseEstates {
    /** The estates in which the caller holds a role (all of them for company-wide roles). */
    Page<EstateView> estates(PageRequest page);

    EstateView estate(EstateId estate);

    List<BuildingSpec> buildings(EstateId estate);

    List<Facility> facilities(EstateId estate);

    Page<UnitView> units(EstateId estate, String building, Occupancy occupancy, PageRequest page);

    UnitView unit(UnitId unit);

    Map<Occupancy, Long> occupancyCounts(EstateId estate);

    Page<OccupancyRecord> occupancyHistory(UnitId unit, PageRequest page);

    HandoverView handover(HandoverId handover);

    List<HandoverView> handoversOf(UnitId unit);

    /** EST-04 房屋交接汇总报表 for a period. */
    HandoverSummary handoverSummary(EstateId estate, LocalDate from, LocalDate to);

    List<ArchiveView> archivesOf(UnitId unit);

    /** The unit's fee account: its totals and its latest lines ({@link FeeAccountView#RECENT}). */
    FeeAccountView feeAccount(UnitId unit);

    /** Every line of the unit's fee account, oldest first, paged. */
    Page<io.steward.ports.estate.FeeLine> feeLines(UnitId unit, PageRequest page);

    /** The audit trail of the estate, newest first: PROJECT_MANAGER. */
    Page<AuditRecord> audit(EstateId estate, PageRequest page);

    /**
     * SVC-09: the deadline {@code span} after {@code start} on the estate's calendar (the national one with the estate's
     * local holidays) and service hours, in its time zone, with how it was counted; {@code start} null: now.
     */
    io.steward.ports.shared.calendar.Deadline deadline(EstateId estate, java.time.Instant start,
                                                       io.steward.ports.shared.calendar.Span span);
}
