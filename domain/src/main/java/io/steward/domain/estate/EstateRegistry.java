package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstateView;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.LayoutImported;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.ImportOwnerRoster;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.RosterEntry;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Registers estates, their layout (EST-01) and the developer's owner roster. */
public final class EstateRegistry implements RegisterEstate, ImportLayout, ImportOwnerRoster {
    private static final Set<Role> LAYOUT_ROLES = Set.of(Role.PROJECT_MANAGER, Role.COMPANY_GM);
    private static final int MAX_PROBLEMS = 20;

    private final UseCases useCases;
    private final EstateStore store;

    public EstateRegistry(UseCases useCases, EstateStore store) {
        this.useCases = useCases;
        this.store = store;
    }

    @Override
    public EstateView register(Registration registration) {
        return useCases.run(() -> {
            Actor actor = useCases.access().requireCompanyWide(Role.COMPANY_GM, "register an estate");
            if (store.estates().findByCode(registration.code()).isPresent()) {
                throw EstateRefusals.ESTATE_CODE_TAKEN.refuse("estate code " + registration.code() + " is taken",
                        Map.of("code", registration.code()));
            }
            Estate estate = Estate.register(registration);
            EstateState stored = store.estates().save(estate.state());
            useCases.audit(actor, estate.id(), "estate.register", "estate", estate.id(), registration.code());
            return view(stored);
        });
    }

    static EstateView view(EstateState s) {
        return new EstateView(s.id(), s.code(), s.name(), s.zone(), s.fees(), s.policy(), s.version());
    }

    /**
     * EST-01: the whole layout is checked before anything is written; every problem found (up to 20) is reported
     * at once, and nothing is registered unless everything is right.
     */
    @Override
    public LayoutImported importLayout(Layout layout) {
        return useCases.run(() -> {
            Actor actor = useCases.access().require(layout.estate(), "estate", layout.estate(), "import a layout", LAYOUT_ROLES);
            EstateId estateId = store.estate(layout.estate()).id();
            List<String> problems = new ArrayList<>();

            Map<String, BuildingSpec> buildings = new HashMap<>();
            store.layouts().buildings(estateId).forEach(b -> buildings.put(b.code(), b));
            for (BuildingSpec b : layout.buildings()) {
                if (buildings.putIfAbsent(b.code(), b) != null) {
                    problems.add("building " + b.code() + " is registered twice");
                }
                if (new HashSet<>(b.entrances()).size() != b.entrances().size()) {
                    problems.add("building " + b.code() + " lists an entrance twice");
                }
            }
            Set<String> codes = new HashSet<>(store.units().codes(estateId));
            for (UnitSpec u : layout.units()) {
                BuildingSpec b = buildings.get(u.address().building());
                String code = u.address().code();
                if (b == null) {
                    problems.add("unit " + code + ": no building " + u.address().building());
                } else if (!b.entrances().contains(u.address().entrance())) {
                    problems.add("unit " + code + ": building " + b.code() + " has no entrance " + u.address().entrance());
                } else if (!java.util.Objects.equals(b.cluster(), u.address().cluster())) {
                    problems.add("unit " + code + ": building " + b.code() + " is in cluster " + b.cluster());
                }
                if (!codes.add(code)) {
                    problems.add("unit " + code + " is registered twice");
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
            Set<String> facilityCodes = new HashSet<>();
            store.layouts().facilities(estateId).forEach(f -> facilityCodes.add(f.code()));
            for (Facility f : layout.facilities()) {
                if (!facilityCodes.add(f.code())) {
                    problems.add("facility " + f.code() + " is registered twice");
                }
                if (f.building() != null && !buildings.containsKey(f.building())) {
                    problems.add("facility " + f.code() + ": no building " + f.building());
                }
            }
            if (!problems.isEmpty()) {
                throw EstateRefusals.LAYOUT_REFUSED.refuse("the layout was not imported: " + problems.size()
                        + " problem(s); nothing was registered",
                        Map.of("problems", List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)))));
            }
            Instant now = useCases.now();
            List<UnitState> units = new ArrayList<>(layout.units().size());
            List<OccupancyChange> history = new ArrayList<>(layout.units().size());
            for (UnitSpec spec : layout.units()) {
                Unit unit = Unit.register(estateId, spec);
                units.add(unit.state());
                history.add(unit.registered(actor, now));
            }
            store.layouts().addBuildings(estateId, layout.buildings());
            store.layouts().addFacilities(estateId, layout.facilities());
            store.units().insertAll(units);
            store.history().append(history);
            LayoutImported result = new LayoutImported(estateId, layout.buildings().size(), units.size(), layout.facilities().size());
            useCases.audit(actor, estateId, "estate.import-layout", "estate", estateId,
                    result.buildings() + " buildings, " + result.units() + " units, " + result.facilities() + " facilities");
            return result;
        });
    }

    @Override
    public int importRoster(Roster roster) {
        return useCases.run(() -> {
            Actor actor = useCases.access().require(roster.estate(), "estate", roster.estate(), "import the owner roster", LAYOUT_ROLES);
            List<RosterEntry> entries = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (Line line : roster.lines()) {
                store.units().findByCode(roster.estate(), line.unitCode()).ifPresentOrElse(
                        u -> entries.add(new RosterEntry(roster.estate(), u.id(), line.ownerName(), line.idNumber(), line.contractNumber())),
                        () -> unknown.add(line.unitCode()));
            }
            if (!unknown.isEmpty()) {
                throw EstateRefusals.ROSTER_NAMES_UNKNOWN_UNITS.refuse("the roster names units the estate does not have",
                        Map.of("units", unknown.subList(0, Math.min(unknown.size(), MAX_PROBLEMS))));
            }
            store.roster().put(entries);
            useCases.audit(actor, roster.estate(), "estate.import-roster", "estate", roster.estate(), entries.size() + " lines");
            return entries.size();
        });
    }
}
