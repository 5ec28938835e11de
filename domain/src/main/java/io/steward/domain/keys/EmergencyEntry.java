package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.emergency.out.IncidentState;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.ForcedEntryChanged;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.ForcedEntryView;
import io.steward.ports.keys.KeyApprovals;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.out.ForcedEntryState;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.out.ApprovalState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** KEY-11 破门: the entry, its approval and team, and what must follow it. */
public final class EmergencyEntry implements EnterByForce {
    private static final Set<Role> RESPONDERS = Set.of(Role.SECURITY, Role.CONTROL_ROOM, Role.PROJECT_GM);
    private static final Set<Role> CUSTOMER_SERVICE = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER, Role.PROJECT_GM);

    private final UseCases useCases;
    private final KeyStore store;
    private final Approvals approvals;
    private final Privacy privacy;

    public EmergencyEntry(UseCases useCases, KeyStore store, Approvals approvals, Privacy privacy) {
        this.useCases = useCases;
        this.store = store;
        this.approvals = approvals;
        this.privacy = privacy;
    }

    /**
     * KEY-11: against a recorded incident; the three grounds; no spare key of the unit in the cabinet (KEY-10 first);
     * two or more staff of the estate; the project GM's approval used, or an override recorded with its reason and the
     * approval asked for, to be ratified.
     */
    @Override
    public ForcedEntryView enter(UnitId unitId, Entry entry) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "record a forced entry", RESPONDERS);
            IncidentState incident = store.incidents().incident(entry.incident()).filter(i -> i.estate().equals(unit.estate()))
                    .orElseThrow(() -> KeyRefusals.INCIDENT_NOT_RECORDED_KEY11.refuse("there is no recorded incident "
                            + entry.incident() + " in the estate: report it first", Map.of("incident", entry.incident().toString())));
            ForcedEntry.check(entry, useCases.now());
            List<KeyState> spares = store.keys().ofUnit(unitId).stream()
                    .filter(k -> k.reason() == CustodyReason.SPARE && k.status() == KeyStatus.IN_CABINET).toList();
            if (!spares.isEmpty()) {
                throw KeyRefusals.SPARE_KEY_IN_CABINET.refuse("spare key #" + spares.get(0).number() + " of unit "
                        + unit.code() + " is in the cabinet: the spare-key procedure comes first (KEY-10)",
                        Map.of("number", spares.get(0).number()));
            }
            List<String> outsiders = entry.staff().stream().filter(p -> !StaffHolders.isStaff(useCases.access(), p, unit.estate()))
                    .toList();
            if (!outsiders.isEmpty()) {
                throw KeyRefusals.STAFF_ONLY.refuse("only staff of the estate enter: " + outsiders,
                        Map.of("notStaff", outsiders));
            }
            ForcedEntryId id = ForcedEntryId.newId();
            String act = "forced entry " + id;
            ApprovalId approval = entry.approval() != null
                    ? approvals.use(entry.approval(), KeyApprovals.FORCED_ENTRY, unit.estate(), unitId.toString(), null, act,
                    actor).id()
                    : approvals.actFirst(KeyApprovals.FORCED_ENTRY, unit.estate(), unitId.toString(), entry.override(), act,
                    actor).id();
            return save(ForcedEntry.enter(id, unit, incident.id(), entry, approval, actor), actor, "keys.forced-entry");
        });
    }

    @Override
    public ForcedEntryView recordScene(ForcedEntryId id, Scene scene) {
        return change(id, RESPONDERS, "record the scene of a forced entry", "keys.forced-entry-scene",
                e -> e.sceneRecorded(scene, useCases.access().actor(), useCases.now()));
    }

    @Override
    public ForcedEntryView occupantContacted(ForcedEntryId id, Contact contact) {
        return change(id, CUSTOMER_SERVICE, "record the call to the occupant", "keys.forced-entry-contact",
                e -> e.occupantContacted(contact, useCases.access().actor(), useCases.now()));
    }

    @Override
    public ForcedEntryView occupantConfirmed(ForcedEntryId id, Confirmation confirmation) {
        return change(id, CUSTOMER_SERVICE, "record the occupant's confirmation", "keys.forced-entry-confirmed",
                e -> e.occupantConfirmed(confirmation, useCases.now()));
    }

    @Override
    public ForcedEntryView find(ForcedEntryId id) {
        return useCases.run(() -> {
            ForcedEntryState entry = store.entries().find(id).orElseThrow(() -> new NotFound("forced entry", id));
            useCases.access().require(entry.estate(), "forced entry", id, "read a forced entry", Access.STAFF);
            return view(entry);
        });
    }

    @Override
    public List<ForcedEntryView> ofUnit(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            useCases.access().require(unit.estate(), "unit", unitId, "read forced entries", Access.STAFF);
            return store.entries().ofUnit(unitId).stream().map(this::view).toList();
        });
    }

    private ForcedEntryView change(ForcedEntryId id, Set<Role> roles, String action, String audit, Consumer<ForcedEntry> step) {
        return useCases.run(() -> {
            ForcedEntryState state = store.entries().find(id).orElseThrow(() -> new NotFound("forced entry", id));
            Actor actor = useCases.access().require(state.estate(), "forced entry", id, action, roles);
            ForcedEntry entry = new ForcedEntry(state);
            step.accept(entry);
            return save(entry, actor, audit);
        });
    }

    private ForcedEntryView save(ForcedEntry entry, Actor actor, String audit) {
        ForcedEntryState s = store.entries().save(entry.state());
        useCases.audit(actor, s.estate(), audit, "forced-entry", s.id(), s.stage() + " (incident " + s.incident() + ")");
        useCases.publish(new ForcedEntryChanged(s.id(), s.estate(), s.unit(), s.incident(), s.stage(), actor.id(), useCases.now()));
        return view(s);
    }

    /** The entry with its approval as it stands now, and the occupant masked unless the caller holds the grant. */
    private ForcedEntryView view(ForcedEntryState s) {
        Optional<ApprovalState> approval = s.approval() == null ? Optional.empty() : approvals.state(s.approval());
        ApprovalStatus status = approval.map(ApprovalState::status).orElse(null);
        Approval given = approval.filter(a -> a.decidedBy() != null && a.status() != ApprovalStatus.DECLINED)
                .map(a -> new Approval(a.id(), a.decidedBy(), a.decidedAs(), a.decidedAt())).orElse(null);
        boolean plain = privacy.unmasked(s.estate(), s.unit(), "forced-entry", s.id());
        return new ForcedEntryView(s.id(), s.estate(), s.unit(), s.unitCode(), s.incident(), s.grounds(), s.approval(), status,
                given, s.override(), s.staff(), s.enteredAt(), s.recordedBy(), s.stage(), s.photos(), s.sceneNotes(),
                s.sceneRecordedBy(), s.sceneRecordedAt(), plain ? s.occupant() : PersonalData.maskName(s.occupant()),
                plain ? s.contactedBy() : PersonalData.maskNumbersIn(s.contactedBy()), s.contactedAt(), plain ? s.confirmedBy() : PersonalData.maskName(s.confirmedBy()), s.confirmedAt(),
                !plain,
                s.version());
    }
}
