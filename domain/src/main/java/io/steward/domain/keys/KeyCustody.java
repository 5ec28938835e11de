package io.steward.domain.keys;

import io.steward.domain.shared.Access;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyMoved;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The key register and every movement of its keys (KEY-01 … KEY-10, KEY-12). */
public final class KeyCustody implements KeepKeyRegister, MoveKeys, BrowseKeys {
    /** KEY-04: recorded with every entrusted key. */
    static final String DISCLAIMER = "任何情况下物业对室内财产及安全不承担保管责任 — the company takes no custody liability "
            + "for the property in the unit or its safety";

    private static final Set<Role> MANAGEMENT = Set.of(Role.PROJECT_MANAGER, Role.PROJECT_GM, Role.COMPANY_GM);
    private static final Set<Role> KEEPER = Set.of(Role.KEY_MANAGER);
    private static final Set<Role> VIEWING = Set.of(Role.KEY_MANAGER, Role.FRONT_DESK);
    private static final Set<Role> EMERGENCY = Set.of(Role.KEY_MANAGER, Role.SECURITY, Role.CONTROL_ROOM, Role.PROJECT_GM);
    private static final Set<Role> LOSS = Set.of(Role.KEY_MANAGER, Role.PROJECT_MANAGER);
    private static final Set<Role> REMINDERS = Set.of(Role.KEY_MANAGER, Role.PROJECT_MANAGER);
    private static final Set<Role> HANDOVER = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER, Role.KEY_MANAGER);
    /** The keys the company holds as the developer's until the owner takes the unit over. */
    private static final Set<CustodyReason> DEVELOPERS = Set.of(CustodyReason.NOT_TAKEN_OVER, CustodyReason.DEVELOPER_HANDOVER);

    private final UseCases useCases;
    private final KeyStore store;

    public KeyCustody(UseCases useCases, KeyStore store) {
        this.useCases = useCases;
        this.store = store;
    }

    /** KEY-02: the register is kept by a designated person who holds the key-manager role in the estate. */
    @Override
    public KeyRegisterState designateKeyManager(EstateId estate, String keyManager) {
        return useCases.run(() -> {
            store.estates().find(estate).orElseThrow(() -> new NotFound("estate", estate));
            Actor actor = useCases.access().require(estate, "estate", estate, "designate the key manager", MANAGEMENT);
            if (keyManager == null || keyManager.isBlank()) {
                throw new io.steward.ports.shared.InvalidInput("name the key manager");
            }
            if (!useCases.access().rolesOf(keyManager, estate).contains(Role.KEY_MANAGER)) {
                throw new Refusal("KEY-02", "not-a-key-manager", keyManager + " does not hold the KEY_MANAGER role in the estate",
                        Map.of("person", keyManager));
            }
            var current = store.registers().find(estate);
            store.registers().save(new KeyRegisterState(estate, keyManager, actor.id(), useCases.now(),
                    current.map(KeyRegisterState::lastNumber).orElse(0L), current.map(KeyRegisterState::version).orElse(0L)));
            useCases.audit(actor, estate, "keys.designate-keeper", "key-register", estate, keyManager);
            return store.registers().find(estate).orElseThrow();
        });
    }

    /**
     * KEY-01 scope, KEY-02 numbering, KEY-04 entrustment of vacant units only, EST-04 the rectification key the owner
     * agreed to at handover.
     */
    @Override
    public KeyView register(EstateId estate, Registration r) {
        return useCases.run(() -> {
            store.estates().find(estate).orElseThrow(() -> new NotFound("estate", estate));
            Actor actor = useCases.access().require(estate, "estate", estate, "register a key", KEEPER);
            store.registers().find(estate).orElseThrow(() -> new Refusal("KEY-02", "no-key-manager",
                    "the estate has no designated key manager yet; the project manager designates one first"));
            UnitState unit = null;
            if (r.unit() != null) {
                unit = store.units().find(r.unit()).filter(u -> u.estate().equals(estate))
                        .orElseThrow(() -> new NotFound("unit", r.unit()));
            }
            admissible(unit, r);
            long number = store.registers().nextNumber(estate);
            Key key = Key.register(estate, number, r.unit(), unit == null ? null : unit.code(), r,
                    r.reason() == CustodyReason.OWNER_ENTRUSTED ? DISCLAIMER : null, actor, useCases.now());
            return save(key, actor, "keys.register");
        });
    }

    private void admissible(UnitState unit, Registration r) {
        if (unit == null && r.reason().needsUnit()) {
            throw new Refusal("KEY-01", "unit-key-only", r.reason() + " keys open a unit; name the unit");
        }
        switch (r.reason()) {
            case NOT_TAKEN_OVER -> {
                if (unit.occupancy() != Occupancy.NOT_TAKEN_OVER) {
                    throw new Refusal("KEY-01", "unit-taken-over", "unit " + unit.code() + " is " + unit.occupancy()
                            + "; the company keeps its keys only while it is not taken over", Map.of("occupancy", unit.occupancy().name()));
                }
            }
            case OWNER_ENTRUSTED -> {
                if (unit.occupancy() != Occupancy.VACANT) {
                    throw new Refusal("KEY-04", "only-vacant-units", "owners entrust keys of vacant units only; unit "
                            + unit.code() + " is " + unit.occupancy(), Map.of("occupancy", unit.occupancy().name()));
                }
                ArchiveState owner = store.owner(unit.id()).orElse(null);
                if (owner == null || !KeyRules.isPerson(owner.person(), r.entrustment().person(), r.entrustment().identityDocument())) {
                    throw new Refusal("KEY-04", "not-the-owner", "only the owner of unit " + unit.code() + " entrusts its "
                            + "keys: the person and identity document do not match the owner archive");
                }
                if (!r.entrustment().disclaimerAcknowledged()) {
                    throw new Refusal("KEY-04", "disclaimer-not-acknowledged", "the entrusting owner acknowledges that "
                            + "the company takes no custody liability for the contents: " + DISCLAIMER);
                }
            }
            case RECTIFICATION -> {
                boolean agreed = store.lastHandover(unit.id())
                        .filter(h -> h.stage() == HandoverStage.COMPLETED && h.rectificationKeyKept()).isPresent();
                if (!agreed) {
                    throw new Refusal("EST-04", "no-rectification-key-agreed", "unit " + unit.code()
                            + " has no completed handover in which the owner agreed to leave a key for rectification");
                }
                store.keys().ofUnit(unit.id()).stream().filter(Key::keptForRectification).findFirst()
                        .ifPresent(k -> {
                            throw new Refusal("EST-04", "rectification-key-already-kept", "one key of unit " + unit.code()
                                    + " is kept for rectification already: #" + k.number(), Map.of("number", k.number()));
                        });
            }
            default -> {
                // DEVELOPER_HANDOVER and SPARE: keys of units or common areas the company holds as such
            }
        }
    }

    /** KEY-03: after the handover is complete, to the owner on the archive, identity checked, against signature. */
    @Override
    public KeyView issueToOwner(KeyId id, Issue issue) {
        return move(id, KEEPER, "issue a key to the owner", "keys.issue", (key, actor) -> {
            KeyState s = key.state();
            if (s.unit() == null) {
                throw new Refusal("KEY-03", "not-a-unit-key", "key " + s.number() + " opens " + s.commonArea()
                        + ", a common area; it is never issued to an owner");
            }
            HandoverState handover = completedHandover(s.unit(), s.unitCode());
            ArchiveState owner = owner(s.unit(), s.unitCode());
            if (!KeyRules.isPerson(owner.person(), issue.owner(), issue.identityDocument())) {
                throw new Refusal("KEY-03", "not-the-owner", "the person and identity document do not match the owner "
                        + "archive of unit " + s.unitCode());
            }
            key.issueToOwner(issue, actor, useCases.now(), "handover " + handover.id());
        });
    }

    /**
     * KEY-03 with EST-04: the owner's identity was checked and the receipt signed at the handover itself. The first
     * time the register follows a handover, the keys in the cabinet must add up to the keys handed plus the one kept
     * for rectification (KEY-02: every key held is in the register) — otherwise the register and the desk disagree
     * about who holds a key (KEY-12), and the handover is refused until they agree.
     */
    @Override
    public List<KeyView> issueAtHandover(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "issue the keys of a handover", HANDOVER);
            HandoverState handover = completedHandover(unitId, unit.code());
            ArchiveState owner = owner(unitId, unit.code());
            Issue issue = new Issue(owner.person().name(), owner.person().idNumber(), handover.receiptSignedBy());
            String reference = "handover " + handover.id();
            List<KeyState> ofUnit = store.keys().ofUnit(unitId);
            List<Key> developers = new ArrayList<>(ofUnit.stream()
                    .filter(k -> k.status() == KeyStatus.IN_CABINET && DEVELOPERS.contains(k.reason())).map(Key::new).toList());
            if (developers.isEmpty()) {
                return List.of();
            }
            if (!followed(ofUnit, reference)) {
                boolean keep = handover.rectificationKeyKept() && ofUnit.stream().noneMatch(Key::keptForRectification);
                int inCabinet = developers.stream().mapToInt(k -> k.state().copies()).sum();
                if (inCabinet != handover.keysHanded() + (keep ? 1 : 0)) {
                    throw new Refusal("KEY-02", "keys-do-not-add-up", "the register holds " + inCabinet + " key(s) of unit "
                            + unit.code() + " in the cabinet, but the handover hands " + handover.keysHanded()
                            + (keep ? " and keeps 1 for rectification" : "") + ": register the missing keys or report the lost "
                            + "ones first", Map.of("inCabinet", inCabinet, "handed", handover.keysHanded(), "kept", keep ? 1 : 0));
                }
                if (keep) {
                    keepForRectification(developers, handover, reference, actor);
                }
            }
            List<KeyView> issued = new ArrayList<>();
            for (Key key : developers) {
                key.issueToOwner(issue, actor, useCases.now(), reference);
                issued.add(save(key, actor, "keys.issue"));
            }
            return List.copyOf(issued);
        });
    }

    /** Whether the register has followed this handover already: a key of the unit moved with it as reference. */
    private boolean followed(List<KeyState> ofUnit, String reference) {
        return ofUnit.stream().flatMap(k -> store.movements().ofKey(k.id()).stream())
                .anyMatch(m -> reference.equals(m.reference()));
    }

    /**
     * EST-04 留一把整改: one key of {@code developers} stays for rectification — one taken off the first set of several
     * keys, else the first single key — and leaves the list of keys to issue, or is replaced by what is left of its set.
     */
    private void keepForRectification(List<Key> developers, HandoverState handover, String reference, Actor actor) {
        int set = 0;
        while (set < developers.size() && developers.get(set).state().copies() < 2) {
            set++;
        }
        if (set == developers.size()) {
            Key single = developers.remove(0);
            single.keepForRectification(reference, handover.receiptSignedBy(), actor, useCases.now());
            save(single, actor, "keys.keep-for-rectification");
            return;
        }
        Key ring = developers.get(set);
        Key kept = Key.keptFromSet(ring, store.registers().nextNumber(ring.state().estate()), reference,
                handover.receiptSignedBy(), actor, useCases.now());
        developers.set(set, new Key(record(ring, actor, "keys.keep-for-rectification")));
        save(kept, actor, "keys.register");
    }

    /** EST-07 with KEY-05: the old owner's entrusted keys follow the transfer's disposition. */
    @Override
    public List<KeyView> followTransfer(OwnershipTransferred transfer) {
        return useCases.run(() -> {
            UnitState unit = store.unit(transfer.unit());
            Actor actor = useCases.access().require(unit.estate(), "unit", unit.id(), "follow an ownership transfer", HANDOVER);
            List<Key> entrusted = store.keys().ofUnit(unit.id()).stream().filter(Key::entrustedInCustody).map(Key::new).toList();
            if (entrusted.isEmpty()) {
                return List.of();
            }
            if (transfer.dispositions().get(Obligation.ENTRUSTED_KEYS) != Disposition.MOVED_TO_NEW_OWNER) {
                throw new Refusal("EST-07", "obligation-without-disposition", "keys the old owner entrusted are still in "
                        + "custody: they collect them first (KEY-05), or the entrustment moves to the new owner",
                        Map.of("obligations", List.of(Obligation.ENTRUSTED_KEYS.name())));
            }
            ArchiveState newOwner = store.archives().find(transfer.newOwner())
                    .orElseThrow(() -> new NotFound("archive", transfer.newOwner()));
            List<KeyView> moved = new ArrayList<>();
            for (Key key : entrusted) {
                key.entrustTo(newOwner.person().name(), KeyRules.digest(newOwner.person().idNumber()),
                        "transfer to archive " + newOwner.id(), actor, useCases.now());
                moved.add(save(key, actor, "keys.entrustment-transferred"));
            }
            return List.copyOf(moved);
        });
    }

    private HandoverState completedHandover(UnitId unit, String unitCode) {
        HandoverState handover = store.lastHandover(unit).orElse(null);
        if (handover == null || handover.stage() != HandoverStage.COMPLETED) {
            throw new Refusal("KEY-03", "handover-not-complete", "keys of unit " + unitCode
                    + " are issued only after its handover is complete", Map.of("handoverStage",
                    handover == null ? "NONE" : handover.stage().name()));
        }
        return handover;
    }

    private ArchiveState owner(UnitId unit, String unitCode) {
        return store.owner(unit).orElseThrow(() -> new Refusal("KEY-03", "no-owner-on-file",
                "unit " + unitCode + " has no current owner archive"));
    }

    /** KEY-05. */
    @Override
    public KeyView collect(KeyId id, Collection collection) {
        return move(id, KEEPER, "hand an entrusted key back", "keys.collect",
                (key, actor) -> key.collect(collection, actor, useCases.now()));
    }

    /** KEY-06: the person holding the key is staff of the estate; the visitor is only recorded. */
    @Override
    public KeyView lendForViewing(KeyId id, Viewing viewing) {
        return move(id, VIEWING, "lend a key for a viewing", "keys.viewing", (key, actor) -> {
            if (!isStaff(viewing.staff(), key.state().estate())) {
                throw new Refusal("KEY-06", "viewing-key-stays-with-staff", "a key is never lent for a viewing: "
                        + viewing.staff() + " is not staff of the estate; a member of staff holds it and opens the door",
                        Map.of("holder", viewing.staff()));
            }
            key.lendForViewing(viewing, actor, useCases.now());
        });
    }

    /** KEY-07: the recording key manager consents; only the estate's own staff take keys. */
    @Override
    public KeyView checkOut(KeyId id, CheckOut checkOut) {
        return move(id, KEEPER, "check a key out", "keys.check-out", (key, actor) -> {
            if (!isStaff(checkOut.staff(), key.state().estate())) {
                throw new Refusal("KEY-07", "internal-staff-only", checkOut.staff()
                        + " is not staff of the estate; only internal staff take keys temporarily", Map.of("person", checkOut.staff()));
            }
            key.checkOut(checkOut, actor, useCases.now());
        });
    }

    @Override
    public KeyView giveBack(KeyId id, Return giveBack) {
        return move(id, KEEPER, "take a key back", "keys.return", (key, actor) -> key.giveBack(giveBack, actor, useCases.now()));
    }

    /** KEY-07 overdue alert: one reminder per key each time it is out past due, recorded and published. */
    @Override
    public List<KeyView> remindOverdue(EstateId estate) {
        return useCases.run(() -> {
            Actor actor = useCases.access().require(estate, "key register", estate, "remind holders of overdue keys", REMINDERS);
            Instant now = useCases.now();
            List<KeyView> reminded = new ArrayList<>();
            for (KeyState state : store.keys().overdue(estate, now)) {
                Key key = new Key(state);
                if (key.remindOverdue(actor, now)) {
                    reminded.add(save(key, actor, "keys.overdue-reminded"));
                }
            }
            return List.copyOf(reminded);
        });
    }

    /** KEY-08: the project manager's and company leadership's approvals, each by a person who holds that role. */
    @Override
    public KeyView releaseAbnormally(KeyId id, AbnormalRelease release) {
        return move(id, KEEPER, "release a key outside the normal procedure", "keys.release-abnormally", (key, actor) -> {
            EstateId estate = key.state().estate();
            approved(release.projectManager(), Set.of(Role.PROJECT_MANAGER, Role.PROJECT_GM), estate, "KEY-08", "the project manager");
            approved(release.leadership(), Set.of(Role.COMPANY_GM), estate, "KEY-08", "company leadership");
            if (release.projectManager().person().equals(release.leadership().person())) {
                throw new Refusal("KEY-08", "two-approvers-required", "the project manager and company leadership approve "
                        + "as two people; " + release.leadership().person() + " cannot give both approvals",
                        Map.of("person", release.leadership().person()));
            }
            key.releaseAbnormally(release, actor, useCases.now());
        });
    }

    /** KEY-09: where management was at fault, the designated key manager and the project manager are accountable. */
    @Override
    public KeyView reportLost(KeyId id, Loss loss) {
        return move(id, LOSS, "report a key lost", "keys.lost", (key, actor) -> {
            EstateId estate = key.state().estate();
            List<String> accountable = new ArrayList<>();
            if (loss.managementFault()) {
                if (loss.projectManager() == null
                        || !useCases.access().rolesOf(loss.projectManager(), estate).contains(Role.PROJECT_MANAGER)) {
                    throw new Refusal("KEY-09", "name-the-project-manager", "a loss through management fault names the "
                            + "project manager accountable with the key manager; they must hold PROJECT_MANAGER in the estate");
                }
                accountable.add(store.registers().find(estate).map(KeyRegisterState::keyManager).orElseThrow());
                accountable.add(loss.projectManager());
            }
            key.lost(loss, List.copyOf(accountable), actor, useCases.now());
        });
    }

    /** KEY-10: linked to the incident; whoever takes it is staff of the estate. */
    @Override
    public KeyView useSpare(KeyId id, EmergencyUse use) {
        return move(id, EMERGENCY, "use a spare key in an emergency", "keys.spare-used", (key, actor) -> {
            if (!isStaff(use.takenBy(), key.state().estate())) {
                throw new Refusal("KEY-10", "spare-key-with-staff", use.takenBy() + " is not staff of the estate",
                        Map.of("person", use.takenBy()));
            }
            key.useSpare(use, actor, useCases.now());
        });
    }

    @Override
    public KeyRegisterState registerOf(EstateId estate) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "key register", estate);
            return store.registers().find(estate).orElseThrow(() -> new NotFound("key register", estate));
        });
    }

    @Override
    public Page<KeyView> keysOf(EstateId estate, KeyStatus status, PageRequest page) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "key register", estate);
            return store.keys().ofEstate(estate, status, page).map(KeyCustody::view);
        });
    }

    @Override
    public KeyView key(KeyId id) {
        return useCases.run(() -> {
            KeyState key = store.key(id);
            useCases.access().requireAny(key.estate(), "key", id);
            return view(key);
        });
    }

    @Override
    public List<KeyMovement> history(KeyId id) {
        return useCases.run(() -> {
            KeyState key = store.key(id);
            useCases.access().requireAny(key.estate(), "key", id);
            return store.movements().ofKey(id);
        });
    }

    @Override
    public List<KeyView> overdue(EstateId estate) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "key register", estate);
            return store.keys().overdue(estate, useCases.now()).stream().map(KeyCustody::view).toList();
        });
    }

    @Override
    public List<KeyView> keysOfUnit(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            useCases.access().requireAny(unit.estate(), "unit", unitId);
            return store.keys().ofUnit(unitId).stream().map(KeyCustody::view).toList();
        });
    }

    private boolean isStaff(String person, EstateId estate) {
        return useCases.access().rolesOf(person, estate).stream().anyMatch(Access.STAFF::contains);
    }

    private void approved(Approval approval, Set<Role> roles, EstateId estate, String rule, String who) {
        if (approval == null || !roles.contains(approval.role())) {
            throw new Refusal(rule, "approval-missing", "the approval of " + who + " (" + roles + ") is required",
                    Map.of("needed", roles.toString()));
        }
        if (!useCases.access().rolesOf(approval.person(), estate).contains(approval.role())) {
            throw new Refusal(rule, "approver-lacks-role", approval.person() + " does not hold " + approval.role()
                    + " in the estate", Map.of("person", approval.person(), "role", approval.role().name()));
        }
    }

    /** One movement of one key: load, check the caller, let the key decide, save (optimistic), append, publish. */
    private KeyView move(KeyId id, Set<Role> roles, String action, String audit, java.util.function.BiConsumer<Key, Actor> step) {
        return useCases.run(() -> {
            KeyState state = store.key(id);
            Actor actor = useCases.access().require(state.estate(), "key", id, action, roles);
            Key key = new Key(state);
            step.accept(key, actor);
            return save(key, actor, audit);
        });
    }

    private KeyView save(Key key, Actor actor, String audit) {
        return view(record(key, actor, audit));
    }

    /** Writes the key and its new line of history, audits and publishes it; answers the key as stored. */
    private KeyState record(Key key, Actor actor, String audit) {
        KeyState s = key.state();
        store.keys().save(s);
        KeyMovement m = key.movement().orElseThrow();
        store.movements().append(m);
        useCases.audit(actor, s.estate(), audit, "key", s.id(), "#" + s.number() + " " + m.kind() + " → " + s.status());
        useCases.publish(new KeyMoved(s.id(), s.estate(), s.number(), s.unit(), m.kind(), s.status(), m.from(), m.to(),
                actor.id(), m.at()));
        return store.key(s.id());
    }

    /** What the use cases show of a key: everything but the identity digest the register compares (EST-08). */
    static KeyView view(KeyState s) {
        return new KeyView(s.id(), s.estate(), s.number(), s.label(), s.unit(), s.unitCode(), s.commonArea(), s.copies(),
                s.reason(), s.entrustedBy(), s.disclaimer(), s.status(), s.holder(), s.dueAt(), s.reference(), s.since(),
                s.remindedAt(), s.movements(), s.version());
    }
}
