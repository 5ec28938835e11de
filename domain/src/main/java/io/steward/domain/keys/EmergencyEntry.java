package io.steward.domain.keys;

import io.steward.domain.shared.Access;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.ForcedEntryChanged;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.out.ForcedEntryState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** KEY-11 破门: the entry, its approval and team, and what must follow it. */
public final class EmergencyEntry implements EnterByForce {
    private static final Set<Role> RESPONDERS = Set.of(Role.SECURITY, Role.CONTROL_ROOM, Role.PROJECT_GM);
    private static final Set<Role> CUSTOMER_SERVICE = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER, Role.PROJECT_GM);

    private final UseCases useCases;
    private final KeyStore store;

    public EmergencyEntry(UseCases useCases, KeyStore store) {
        this.useCases = useCases;
        this.store = store;
    }

    /** KEY-11: the project GM approved, two or more staff of the estate entered together, on the three grounds. */
    @Override
    public ForcedEntryState enter(UnitId unitId, Entry entry) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "record a forced entry", RESPONDERS);
            if (entry.approval() == null || entry.approval().role() != Role.PROJECT_GM
                    || !useCases.access().rolesOf(entry.approval().person(), unit.estate()).contains(Role.PROJECT_GM)) {
                throw new Refusal("KEY-11", "project-gm-approval-required", "a forced entry needs the approval of the "
                        + "estate's project GM (PROJECT_GM)", entry.approval() == null ? Map.of()
                        : Map.of("approver", entry.approval().person(), "role", entry.approval().role().name()));
            }
            List<String> outsiders = entry.staff().stream()
                    .filter(p -> useCases.access().rolesOf(p, unit.estate()).stream().noneMatch(Access.STAFF::contains)).toList();
            if (!outsiders.isEmpty()) {
                throw new Refusal("KEY-11", "staff-only", "only staff of the estate enter: " + outsiders,
                        Map.of("notStaff", outsiders));
            }
            ForcedEntry forced = ForcedEntry.enter(unit, entry, actor, useCases.now());
            return save(forced, actor, "keys.forced-entry");
        });
    }

    @Override
    public ForcedEntryState recordScene(ForcedEntryId id, Scene scene) {
        return change(id, RESPONDERS, "record the scene of a forced entry", "keys.forced-entry-scene",
                e -> e.sceneRecorded(scene, useCases.access().actor(), useCases.now()));
    }

    @Override
    public ForcedEntryState occupantContacted(ForcedEntryId id, Contact contact) {
        return change(id, CUSTOMER_SERVICE, "record the call to the occupant", "keys.forced-entry-contact",
                e -> e.occupantContacted(contact, useCases.access().actor(), useCases.now()));
    }

    @Override
    public ForcedEntryState occupantConfirmed(ForcedEntryId id, Confirmation confirmation) {
        return change(id, CUSTOMER_SERVICE, "record the occupant's confirmation", "keys.forced-entry-confirmed",
                e -> e.occupantConfirmed(confirmation, useCases.now()));
    }

    @Override
    public ForcedEntryState find(ForcedEntryId id) {
        return useCases.run(() -> {
            ForcedEntryState entry = store.entries().find(id).orElseThrow(() -> new NotFound("forced entry", id));
            useCases.access().requireAny(entry.estate(), "forced entry", id);
            return entry;
        });
    }

    @Override
    public List<ForcedEntryState> ofUnit(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            useCases.access().requireAny(unit.estate(), "unit", unitId);
            return store.entries().ofUnit(unitId);
        });
    }

    private ForcedEntryState change(ForcedEntryId id, Set<Role> roles, String action, String audit, Consumer<ForcedEntry> step) {
        return useCases.run(() -> {
            ForcedEntryState state = store.entries().find(id).orElseThrow(() -> new NotFound("forced entry", id));
            Actor actor = useCases.access().require(state.estate(), "forced entry", id, action, roles);
            ForcedEntry entry = new ForcedEntry(state);
            step.accept(entry);
            return save(entry, actor, audit);
        });
    }

    private ForcedEntryState save(ForcedEntry entry, Actor actor, String audit) {
        ForcedEntryState s = entry.state();
        store.entries().save(s);
        useCases.audit(actor, s.estate(), audit, "forced-entry", s.id(), s.stage() + " (incident " + s.incident() + ")");
        useCases.publish(new ForcedEntryChanged(s.id(), s.estate(), s.unit(), s.incident(), s.stage(), actor.id(), useCases.now()));
        return store.entries().find(s.id()).orElseThrow();
    }
}
