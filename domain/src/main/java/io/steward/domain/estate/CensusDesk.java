package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.OccupancyChanged;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.estate.CensusSummary;
import io.steward.ports.estate.CensusSigned;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.out.CensusState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** EST-03 monthly occupancy census. */
public final class CensusDesk implements OccupancyCensus {
    private static final Set<Role> MANAGER = Set.of(Role.PROJECT_MANAGER);
    private static final Set<Role> CHECKERS = Set.of(Role.FRONT_DESK, Role.SECURITY, Role.PROJECT_MANAGER);

    private final UseCases useCases;
    private final EstateStore store;

    private final List<io.steward.ports.estate.out.MoveInObjections> objections;

    /** @param objections what other contexts say stands in the way of somebody living in a unit (KEY-04) */
    public CensusDesk(UseCases useCases, EstateStore store, List<io.steward.ports.estate.out.MoveInObjections> objections) {
        this.useCases = useCases;
        this.store = store;
        this.objections = List.copyOf(objections);
    }

    @Override
    public CensusSummary open(EstateId estateId, YearMonth month) {
        return useCases.run(() -> {
            Actor actor = useCases.access().require(estateId, "estate", estateId, "open the monthly census", MANAGER);
            store.estate(estateId);
            if (store.censuses().ofEstate(estateId).stream().anyMatch(c -> YearMonth.from(c.month()).equals(month))) {
                throw EstateRefusals.CENSUS_EXISTS.refuse("the census of " + month + " is already open", Map.of("month", month.toString()));
            }
            List<UnitState> units = new ArrayList<>();
            Page<UnitState> page = store.units().list(estateId, null, null, PageRequest.first(PageRequest.MAX_SIZE));
            units.addAll(page.items());
            while (page.hasNext()) {
                page = store.units().list(estateId, null, null, new PageRequest(page.page() + 1, PageRequest.MAX_SIZE));
                units.addAll(page.items());
            }
            Census census = Census.open(estateId, month, units);
            CensusState stored = store.censuses().save(census.state(), census.changed());
            useCases.audit(actor, estateId, "census.open", "census", stored.id(), month.toString());
            return Census.summary(stored);
        });
    }

    @Override
    public CensusSummary check(CensusId id, List<Check> checks) {
        return change(id, CHECKERS, "record census checks", "census.check", (census, actor) -> {
            // the register's occupancy of every unit of the batch, in one read
            Map<String, Occupancy> registered = store.units().occupancies(census.state().estate(),
                    checks.stream().map(Check::unitCode).toList());
            // and the census's lines of those units, in one read: never the lines of the whole estate
            Map<String, CensusLine> current = new java.util.HashMap<>();
            store.censuses().lines(id, checks.stream().map(Check::unitCode).distinct().toList())
                    .forEach(l -> current.put(l.code(), l));
            census.check(checks, current, code -> registered.getOrDefault(code, Occupancy.NOT_TAKEN_OVER), actor,
                    useCases.now());
        });
    }

    @Override
    public CensusSummary report(CensusId id) {
        return change(id, MANAGER, "produce the census report", "census.report", (census, actor) -> {
            CensusState s = census.state();
            ZoneId zone = store.estate(s.estate()).zone();
            Instant from = s.month().atStartOfDay(zone).toInstant();
            Instant to = s.month().plusMonths(1).atStartOfDay(zone).toInstant();
            census.report(store.censuses().lines(id), store.history().ofEstate(s.estate(), from, to), zone, useCases.now());
        });
    }

    @Override
    public CensusSummary sign(CensusId id) {
        return change(id, MANAGER, "sign the census report", "census.sign", (census, actor) -> census.sign(actor, useCases.now()));
    }

    /** EST-02/EST-03: the confirmed discrepancy changes the unit's status, with history naming the census. */
    @Override
    public CensusSummary correct(CensusId id, Correction correction) {
        return change(id, MANAGER, "correct the register from the census", "census.correct", (census, actor) -> {
            UnitState unit = store.units().findByCode(census.state().estate(), correction.unitCode())
                    .orElseThrow(() -> new NotFound("unit", correction.unitCode()));
            Instant now = useCases.now();
            CensusLine line = census.correct(correction.unitCode(), store.censuses().lines(id, List.of(correction.unitCode()))
                    .stream().findFirst().orElse(null), unit.occupancy(), actor, now);
            if (line.observed() != io.steward.ports.estate.Occupancy.VACANT) {
                // the register says someone lives there from now on: what stands in the way of a move-in stands here too
                for (var context : objections) {
                    context.toMoveIn(unit.id()).stream().findFirst().ifPresent(r -> {
                        throw r;
                    });
                }
            }
            Unit u = new Unit(unit);
            OccupancyChange change = u.changeOccupancy(line.observed(), OccupancyCause.CENSUS_CORRECTION,
                    "census " + id + ": " + correction.note(), actor, now);
            store.units().save(u.state());
            store.history().append(List.of(change));
            useCases.publish(new OccupancyChanged(unit.estate(), unit.id(), unit.code(), change.from(), change.to(),
                    OccupancyCause.CENSUS_CORRECTION, now));
        });
    }

    @Override
    public List<CensusSummary> censuses(EstateId estate) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "estate", estate);
            return store.censuses().ofEstate(estate).stream().map(Census::summary).toList();
        });
    }

    @Override
    public CensusSummary census(CensusId id) {
        return Census.summary(read(id));
    }

    @Override
    public Page<CensusLine> lines(CensusId id, boolean uncheckedOnly, PageRequest page) {
        return useCases.run(() -> {
            read(id);
            return store.censuses().lines(id, uncheckedOnly, page);
        });
    }

    private CensusState read(CensusId id) {
        return useCases.run(() -> {
            CensusState s = store.censuses().find(id).orElseThrow(() -> new NotFound("census", id));
            useCases.access().requireAny(s.estate(), "census", id);
            return s;
        });
    }

    private CensusSummary change(CensusId id, Set<Role> roles, String action, String audit, BiConsumer<Census, Actor> step) {
        return useCases.run(() -> {
            CensusState state = store.censuses().find(id).orElseThrow(() -> new NotFound("census", id));
            Actor actor = useCases.access().require(state.estate(), "census", id, action, roles);
            Census census = new Census(state);
            step.accept(census, actor);
            CensusState stored = store.censuses().save(census.state(), census.changed());
            if (census.state().signedBy() != null && state.signedBy() == null) {
                useCases.publish(new CensusSigned(state.estate(), id, state.month(), actor.id(), census.state().copiedTo()));
            }
            useCases.audit(actor, state.estate(), audit, "census", id, YearMonth.from(state.month()).toString());
            return Census.summary(stored);
        });
    }
}
