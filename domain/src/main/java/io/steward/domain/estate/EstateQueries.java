package io.steward.domain.estate;

import io.steward.domain.shared.Access;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstateView;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.HandoverSummary;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyRecord;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitView;
import io.steward.ports.estate.in.BrowseEstates;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The read side of the estate context, scoped by estate (a stranger to an estate sees nothing of it). */
public final class EstateQueries implements BrowseEstates {
    private final UseCases useCases;
    private final EstateStore store;

    public EstateQueries(UseCases useCases, EstateStore store) {
        this.useCases = useCases;
        this.store = store;
    }

    private Access access() {
        return useCases.access();
    }

    @Override
    public Page<EstateView> estates(PageRequest page) {
        return useCases.run(() -> {
            Predicate<EstateId> visible = access().visibleEstates();
            List<EstateView> all = new ArrayList<>();
            PageRequest chunk = PageRequest.first(PageRequest.MAX_SIZE);
            Page<io.steward.ports.estate.out.EstateState> p;
            do {
                p = store.estates().list(chunk);
                p.items().stream().filter(e -> visible.test(e.id())).map(EstateRegistry::view).forEach(all::add);
                chunk = new PageRequest(chunk.page() + 1, chunk.size());
            } while (p.hasNext());
            return Page.of(all, page);
        });
    }

    @Override
    public EstateView estate(EstateId estate) {
        return useCases.run(() -> {
            access().requireAny(estate, "estate", estate);
            return EstateRegistry.view(store.estate(estate).state());
        });
    }

    @Override
    public List<BuildingSpec> buildings(EstateId estate) {
        return useCases.run(() -> {
            access().requireAny(estate, "estate", estate);
            return store.layouts().buildings(estate);
        });
    }

    @Override
    public List<Facility> facilities(EstateId estate) {
        return useCases.run(() -> {
            access().requireAny(estate, "estate", estate);
            return store.layouts().facilities(estate);
        });
    }

    @Override
    public Page<UnitView> units(EstateId estate, String building, Occupancy occupancy, PageRequest page) {
        return useCases.run(() -> {
            access().requireAny(estate, "estate", estate);
            return store.units().list(estate, building, occupancy, page).map(EstateQueries::view);
        });
    }

    static UnitView view(UnitState u) {
        return new UnitView(u.id(), u.estate(), u.code(), u.address(), u.kind(), u.area(), u.occupancy(), u.note(), u.version());
    }

    /** A unit the caller may read: staff of its estate, or its own residents (DOMAIN.md §0). */
    private UnitState visibleUnit(UnitId id) {
        UnitState u = store.unit(id);
        access().requireReader(u.estate(), id.value(), "unit", id);
        return u;
    }

    @Override
    public UnitView unit(UnitId unit) {
        return useCases.run(() -> view(visibleUnit(unit)));
    }

    @Override
    public Map<Occupancy, Long> occupancyCounts(EstateId estate) {
        return useCases.run(() -> {
            access().requireAny(estate, "estate", estate);
            Map<Occupancy, Long> counts = new EnumMap<>(Occupancy.class);
            for (Occupancy o : Occupancy.values()) {
                counts.put(o, 0L);
            }
            counts.putAll(store.units().countByOccupancy(estate));
            return counts;
        });
    }

    @Override
    public Page<OccupancyRecord> occupancyHistory(UnitId unit, PageRequest page) {
        return useCases.run(() -> {
            visibleUnit(unit);
            return store.history().ofUnit(unit, page)
                    .map(c -> new OccupancyRecord(c.from(), c.to(), c.cause(), c.reference(), c.actor(), c.at()));
        });
    }

    @Override
    public HandoverView handover(HandoverId handover) {
        return useCases.run(() -> {
            HandoverState h = store.handovers().find(handover).orElseThrow(() -> new NotFound("handover", handover));
            access().requireReader(h.estate(), h.unit().value(), "handover", handover);
            return HandoverDesk.view(h);
        });
    }

    @Override
    public List<HandoverView> handoversOf(UnitId unit) {
        return useCases.run(() -> {
            visibleUnit(unit);
            return store.handovers().ofUnit(unit).stream().map(HandoverDesk::view).toList();
        });
    }

    /** EST-04 房屋交接汇总报表: completed handovers, units not taken over with their reason, and those in progress. */
    @Override
    public HandoverSummary handoverSummary(EstateId estate, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInput("a summary needs a period whose end is not before its start");
        }
        return useCases.run(() -> {
            access().requireAny(estate, "estate", estate);
            List<HandoverSummary.Line> completed = new ArrayList<>();
            List<HandoverSummary.Line> declined = new ArrayList<>();
            List<HandoverSummary.Line> open = new ArrayList<>();
            for (HandoverState h : store.handovers().ofEstate(estate, from, to)) {
                UnitState u = store.unit(h.unit());
                HandoverSummary.Line line = new HandoverSummary.Line(h.unit(), u.code(), h.id(), h.stage(), h.handoverDate(),
                        (int) new Handover(h).openDefects(), h.declineReason());
                (h.stage() == HandoverStage.COMPLETED ? completed : h.stage() == HandoverStage.NOT_TAKEN_OVER ? declined : open).add(line);
            }
            return new HandoverSummary(estate, from, to, completed, declined, open);
        });
    }

    @Override
    public List<ArchiveView> archivesOf(UnitId unit) {
        return useCases.run(() -> {
            visibleUnit(unit);
            return store.archives().ofUnit(unit).stream().map(a -> Archive.view(a, false)).toList();
        });
    }

    @Override
    public FeeAccountView feeAccount(UnitId unit) {
        return useCases.run(() -> {
            UnitState u = visibleUnit(unit);
            return store.view(u, store.account(u));
        });
    }

    @Override
    public Page<io.steward.ports.estate.FeeLine> feeLines(UnitId unit, PageRequest page) {
        return useCases.run(() -> store.ledger().ofUnit(visibleUnit(unit).id(), page).map(FeeAccount::line));
    }

    @Override
    public Page<AuditRecord> audit(EstateId estate, PageRequest page) {
        return useCases.run(() -> {
            access().require(estate, "estate", estate, "read the audit trail", Set.of(Role.PROJECT_MANAGER, Role.COMPANY_GM));
            return useCases.auditTrail().ofEstate(estate, page);
        });
    }

    @Override
    public io.steward.ports.shared.calendar.Deadline deadline(EstateId estate, Instant start,
                                                              io.steward.ports.shared.calendar.Span span) {
        if (span == null) {
            throw new InvalidInput("a deadline needs its span");
        }
        return useCases.run(() -> {
            access().requireAny(estate, "estate", estate);
            return store.estate(estate).deadline(io.steward.domain.shared.BusinessCalendar.national(),
                    start == null ? useCases.now() : start, span);
        });
    }
}
