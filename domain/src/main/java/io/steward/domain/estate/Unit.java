package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Refusal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import static io.steward.ports.estate.Occupancy.NOT_TAKEN_OVER;
import static io.steward.ports.estate.Occupancy.OFFICE;
import static io.steward.ports.estate.Occupancy.OWNER_OCCUPIED;
import static io.steward.ports.estate.Occupancy.RENOVATING;
import static io.steward.ports.estate.Occupancy.TENANT_OCCUPIED;
import static io.steward.ports.estate.Occupancy.VACANT;

/**
 * A unit (户) and its occupancy. EST-02: a unit is in exactly one status, and the status changes only through a
 * process that may make that change; the table below is the whole state machine. A transfer changes no status: the old
 * owner moves out first, and a tenancy carried to the new owner stays.
 */
public final class Unit {
    private static final Set<Occupancy> TAKEN_OVER = EnumSet.complementOf(EnumSet.of(NOT_TAKEN_OVER));
    private static final Map<OccupancyCause, Map<Occupancy, Set<Occupancy>>> TRANSITIONS = new EnumMap<>(OccupancyCause.class);

    static {
        allow(OccupancyCause.HANDOVER, EnumSet.of(NOT_TAKEN_OVER), EnumSet.of(VACANT));
        allow(OccupancyCause.MOVE_IN, EnumSet.of(VACANT), EnumSet.of(OWNER_OCCUPIED, OFFICE));
        allow(OccupancyCause.TENANT_MOVE_IN, EnumSet.of(VACANT), EnumSet.of(TENANT_OCCUPIED));
        allow(OccupancyCause.TENANT_MOVE_OUT, EnumSet.of(TENANT_OCCUPIED), EnumSet.of(VACANT));
        allow(OccupancyCause.OWNER_MOVE_OUT, EnumSet.of(OWNER_OCCUPIED, OFFICE), EnumSet.of(VACANT));
        allow(OccupancyCause.RENOVATION, EnumSet.of(VACANT, OWNER_OCCUPIED, OFFICE), EnumSet.of(RENOVATING));
        allow(OccupancyCause.RENOVATION, EnumSet.of(RENOVATING), EnumSet.of(VACANT, OWNER_OCCUPIED, OFFICE));
        // a census corrects only between the statuses no other process owns (Census.CORRECTABLE)
        allow(OccupancyCause.CENSUS_CORRECTION, EnumSet.of(VACANT, OWNER_OCCUPIED, OFFICE), EnumSet.of(VACANT, OWNER_OCCUPIED, OFFICE));
    }

    private static void allow(OccupancyCause cause, Set<Occupancy> from, Set<Occupancy> to) {
        Map<Occupancy, Set<Occupancy>> byFrom = TRANSITIONS.computeIfAbsent(cause, c -> new EnumMap<>(Occupancy.class));
        for (Occupancy f : from) {
            byFrom.computeIfAbsent(f, x -> EnumSet.noneOf(Occupancy.class)).addAll(to);
        }
    }

    /** Whether {@code cause} may move a unit from {@code from} to {@code to}. */
    public static boolean allows(OccupancyCause cause, Occupancy from, Occupancy to) {
        return TRANSITIONS.getOrDefault(cause, Map.of()).getOrDefault(from, Set.of()).contains(to) && from != to;
    }

    private UnitState state;

    public Unit(UnitState state) {
        this.state = state;
    }

    /** EST-01/EST-02: a newly registered unit has not been taken over. */
    public static Unit register(EstateId estate, UnitSpec spec) {
        return new Unit(new UnitState(UnitId.newId(), estate, spec.address(), spec.kind(), spec.area(), NOT_TAKEN_OVER, null, 0));
    }

    public UnitState state() {
        return state;
    }

    public UnitId id() {
        return state.id();
    }

    public Occupancy occupancy() {
        return state.occupancy();
    }

    /**
     * EST-02: changes the occupancy through a process, returning the history line to append.
     *
     * @throws io.steward.ports.shared.Refusal (EST-02) when the process may not make that change
     */
    public OccupancyChange changeOccupancy(Occupancy to, OccupancyCause cause, String reference, Actor actor, Instant at) {
        Occupancy from = state.occupancy();
        if (!allows(cause, from, to)) {
            throw EstateRefusals.OCCUPANCY_CHANGE_REFUSED.refuse(
                    cause + " cannot move unit " + state.code() + " from " + from + " to " + to,
                    Map.of("unit", state.code(), "from", from.name(), "to", to.name(), "cause", cause.name()));
        }
        state = new UnitState(state.id(), state.estate(), state.address(), state.kind(), state.area(), to,
                to == NOT_TAKEN_OVER ? state.note() : null, state.version());
        return new OccupancyChange(state.id(), state.estate(), from, to, cause, reference, actor.id(), at);
    }

    /** EST-04: a unit not taken over records its reason. */
    public void notTakenOver(String reason) {
        state = new UnitState(state.id(), state.estate(), state.address(), state.kind(), state.area(), state.occupancy(),
                reason, state.version());
    }

    /** The first line of a unit's history. */
    public OccupancyChange registered(Actor actor, Instant at) {
        return new OccupancyChange(state.id(), state.estate(), null, NOT_TAKEN_OVER, OccupancyCause.REGISTERED, null, actor.id(), at);
    }
}
