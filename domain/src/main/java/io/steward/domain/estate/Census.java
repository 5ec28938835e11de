package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.estate.CensusReport;
import io.steward.ports.estate.CensusSummary;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.out.CensusState;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A monthly occupancy census round (EST-03): open → every unit checked (by the 30th) → report (by the 3rd of the next
 * month) → signed by the project manager and copied to security and the cashier.
 */
final class Census {
    /** EST-03: checked by the 30th, reported by the 3rd of the next month. */
    static final int CHECK_DAY = 30;
    static final int REPORT_DAY = 3;
    static final Set<Role> COPIED_TO = Set.of(Role.SECURITY, Role.CASHIER);

    private CensusState s;
    /** The lines this change wrote, by unit code: what the round's save stores with it. */
    private final Map<String, CensusLine> changed = new LinkedHashMap<>();

    Census(CensusState state) {
        this.s = state;
    }

    static Census open(EstateId estate, YearMonth month, List<UnitState> units) {
        LocalDate checkBy = month.atDay(Math.min(CHECK_DAY, month.lengthOfMonth()));
        LocalDate reportBy = month.plusMonths(1).atDay(REPORT_DAY);
        Census census = new Census(new CensusState(CensusId.newId(), estate, month.atDay(1), checkBy, reportBy, units.size(),
                0, 0, null, null, null, Set.of(), 0));
        units.forEach(u -> census.changed.put(u.code(),
                new CensusLine(u.id(), u.code(), u.occupancy(), null, null, null, null, null, null)));
        return census;
    }

    CensusState state() {
        return s;
    }

    /** The lines this change wrote (every line of a round just opened). */
    List<CensusLine> changed() {
        return List.copyOf(changed.values());
    }

    static CensusSummary summary(CensusState s) {
        return new CensusSummary(s.id(), s.estate(), s.month(), s.checkBy(), s.reportBy(), s.units(), s.checked(),
                s.discrepancies(), s.report(), s.signedBy(), s.signedAt(), s.copiedTo());
    }

    /**
     * Records what was found; the register is not changed here, a disagreement is reported.
     *
     * @param current the round's lines of the units checked, by code (a code without a line is not in the census)
     */
    void check(List<OccupancyCensus.Check> checks, Map<String, CensusLine> current, Function<String, Occupancy> registeredNow,
               Actor actor, Instant at) {
        if (s.report() != null) {
            throw EstateRefusals.CENSUS_REPORTED.refuse("the census of " + YearMonth.from(s.month()) + " is already reported");
        }
        List<String> unknown = checks.stream().map(OccupancyCensus.Check::unitCode).filter(c -> !current.containsKey(c))
                .distinct().toList();
        if (!unknown.isEmpty()) {
            throw EstateRefusals.UNKNOWN_UNITS.refuse("the census has no units " + unknown, Map.of("units", unknown));
        }
        int checked = s.checked();
        int discrepancies = s.discrepancies();
        for (OccupancyCensus.Check c : checks) {
            CensusLine l = changed.getOrDefault(c.unitCode(), current.get(c.unitCode()));
            CensusLine found = new CensusLine(l.unit(), l.code(), registeredNow.apply(l.code()), c.observed(), actor.id(), at,
                    c.note(), null, null);
            checked += (found.checked() ? 1 : 0) - (l.checked() ? 1 : 0);
            discrepancies += (found.discrepancy() ? 1 : 0) - (l.discrepancy() ? 1 : 0);
            changed.put(c.unitCode(), found);
        }
        s = new CensusState(s.id(), s.estate(), s.month(), s.checkBy(), s.reportBy(), s.units(), checked, discrepancies,
                s.report(), s.signedBy(), s.signedAt(), s.copiedTo(), s.version());
    }

    /**
     * EST-03: the report needs every unit checked; lateness against the deadlines is reported, not hidden.
     *
     * @param lines every line of the round
     */
    void report(List<CensusLine> lines, List<OccupancyChange> changesOfMonth, ZoneId zone, Instant at) {
        if (s.report() != null) {
            throw EstateRefusals.CENSUS_REPORTED.refuse("the census of " + YearMonth.from(s.month()) + " is already reported");
        }
        List<String> unchecked = lines.stream().filter(l -> !l.checked()).map(CensusLine::code).toList();
        if (!unchecked.isEmpty()) {
            throw EstateRefusals.CENSUS_INCOMPLETE.refuse(unchecked.size() + " unit(s) not yet checked",
                    Map.of("unchecked", unchecked.size(), "first", unchecked.subList(0, Math.min(20, unchecked.size()))));
        }
        Map<String, Long> byOccupancy = new TreeMap<>(lines.stream()
                .collect(Collectors.groupingBy(l -> l.observed().name(), Collectors.counting())));
        Map<String, Long> byCause = new TreeMap<>(changesOfMonth.stream()
                .collect(Collectors.groupingBy(c -> c.cause().name(), Collectors.counting())));
        List<String> discrepancies = lines.stream().filter(CensusLine::discrepancy)
                .map(l -> l.code() + ": registered " + l.registered() + ", found " + l.observed()).toList();
        int late = (int) lines.stream().filter(l -> LocalDate.ofInstant(l.checkedAt(), zone).isAfter(s.checkBy())).count();
        boolean reportedLate = LocalDate.ofInstant(at, zone).isAfter(s.reportBy());
        s = with(new CensusReport(at, byOccupancy, byCause, discrepancies, late, reportedLate), null, null, Set.of());
    }

    /** EST-03: signed by the project manager, copied to security and the cashier. */
    void sign(Actor manager, Instant at) {
        if (s.report() == null) {
            throw EstateRefusals.CENSUS_NOT_REPORTED.refuse("produce the report before signing it");
        }
        if (s.signedBy() != null) {
            throw EstateRefusals.CENSUS_SIGNED.refuse("the report is already signed by " + s.signedBy());
        }
        s = with(s.report(), manager.id(), at, COPIED_TO);
    }

    /** The statuses a census may correct: those no other process owns (a tenancy, a handover, a renovation do). */
    static final Set<Occupancy> CORRECTABLE = Set.of(Occupancy.VACANT, Occupancy.OWNER_OCCUPIED, Occupancy.OFFICE);

    /**
     * EST-02 with EST-03: the project manager confirms a discrepancy of the reported census; answers the line, now
     * marked corrected. Refused for a unit without a discrepancy, corrected already, or whose statuses another process
     * owns.
     *
     * @param line the round's line of the unit, or null when the census has none
     */
    CensusLine correct(String unitCode, CensusLine line, Occupancy registeredNow, Actor manager, Instant at) {
        if (s.report() == null) {
            throw EstateRefusals.CENSUS_NOT_REPORTED.refuse("a discrepancy is corrected once the report has found it");
        }
        if (line == null) {
            throw EstateRefusals.UNKNOWN_UNITS.refuse("the census has no unit " + unitCode, Map.of("units", List.of(unitCode)));
        }
        if (!line.discrepancy() || line.corrected()) {
            throw EstateRefusals.NO_DISCREPANCY_TO_CORRECT.refuse("unit " + unitCode + (line.corrected()
                    ? " was corrected already" : " was found as registered"), Map.of("unit", unitCode));
        }
        if (manager.id().equals(line.checkedBy())) {
            throw EstateRefusals.CORRECTED_BY_WHO_CHECKED.refuse("unit " + unitCode + " was checked by " + manager.id()
                    + ": somebody else confirms what they found before the register changes", Map.of("unit", unitCode));
        }
        if (registeredNow != line.registered()) {
            throw EstateRefusals.CHANGED_SINCE_THE_CENSUS.refuse("unit " + unitCode + " changed since it was checked ("
                    + registeredNow + "); check it again in the next census", Map.of("unit", unitCode));
        }
        if (!CORRECTABLE.contains(line.registered()) || !CORRECTABLE.contains(line.observed())) {
            throw EstateRefusals.CORRECTED_THROUGH_ITS_PROCESS.refuse("unit " + unitCode + " is " + line.registered()
                    + " and was found " + line.observed() + ": a tenancy, a handover or a renovation changes the register "
                    + "through its own process", Map.of("unit", unitCode, "registered", line.registered().name(),
                    "observed", line.observed().name()));
        }
        CensusLine corrected = new CensusLine(line.unit(), line.code(), line.registered(), line.observed(), line.checkedBy(),
                line.checkedAt(), line.note(), manager.id(), at);
        changed.put(unitCode, corrected);
        return corrected;
    }

    private CensusState with(CensusReport report, String signedBy, Instant signedAt, Set<Role> copiedTo) {
        return new CensusState(s.id(), s.estate(), s.month(), s.checkBy(), s.reportBy(), s.units(), s.checked(),
                s.discrepancies(), report, signedBy, signedAt, copiedTo, s.version());
    }
}
