package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.UseCases;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.out.IncidentState;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.keys.KeyObligation;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.KeyApprovals;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalDecided;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.out.ApprovalState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Every movement of a key (KEY-03 … KEY-10). The key manager or a deputy moves keys ({@link Keepers}); whoever holds a
 * key out is staff ({@link StaffHolders}); the key itself enforces its state machine and the one-holder rule (KEY-12).
 */
public final class KeyDesk implements MoveKeys {
    private static final Set<Role> STAFF = Access.STAFF;

    private final UseCases useCases;
    private final KeyStore store;
    private final KeyBook book;
    private final Approvals approvals;

    KeyDesk(UseCases useCases, KeyStore store, KeyBook book, Approvals approvals) {
        this.useCases = useCases;
        this.store = store;
        this.book = book;
        this.approvals = approvals;
    }

    private Access access() {
        return useCases.access();
    }

    private static String reference(HandoverState handover) {
        return "handover " + handover.id();
    }

    /**
     * EST-04 with KEY-02: every key of the unit in custody is in the cabinet and goes to the member of staff who hands the
     * unit over, one kept for rectification where the owner agreed (taken off a set, or a single key whole).
     */
    @Override
    public List<KeyView> handForHandover(UnitId unitId, HandoverKeys handover) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = access().require(unit.estate(), "unit", unitId, "hand the keys for a handover", STAFF);
            Keepers.require(Keepers.register(store, unit.estate()), access(), "hand keys for a handover");
            HandoverState h = store.estate().lastHandover(unitId).filter(x -> x.stage() == HandoverStage.INSPECTED)
                    .orElseThrow(() -> KeyRefusals.HANDOVER_NOT_INSPECTED.refuse("the keys of unit " + unit.code()
                            + " are handed for its handover once the joint inspection is recorded, before the keys step",
                            Map.of("unit", unit.code())));
            StaffHolders.require(access(), handover.staff(), unit.estate(), KeyRefusals.INTERNAL_STAFF_ONLY,
                    "the keys for a handover go to the member of staff who hands the unit over");
            String reference = reference(h);
            List<KeyState> ofUnit = store.keys().ofUnit(unitId);
            if (ofUnit.stream().anyMatch(k -> reference.equals(k.reference()) && k.status() == KeyStatus.AT_HANDOVER)) {
                throw KeyRefusals.KEYS_HANDED_ALREADY.refuse("the keys of unit " + unit.code() + " are at this "
                        + "handover already", Map.of("handover", h.id().toString()));
            }
            List<KeyState> inCustody = ofUnit.stream().filter(k -> !k.status().isFinal()).toList();
            List<KeyState> out = inCustody.stream().filter(k -> k.status() != KeyStatus.IN_CABINET).toList();
            if (!out.isEmpty()) {
                throw KeyRefusals.KEY_OUT.refuse("key #" + out.get(0).number() + " of unit " + unit.code() + " is "
                        + out.get(0).status() + "; every key of the unit comes back to the cabinet before the handover",
                        Map.of("number", out.get(0).number(), "status", out.get(0).status().name()));
            }
            if (inCustody.isEmpty()) {
                throw KeyRefusals.NO_KEYS_REGISTERED.refuse("the register holds no key of unit " + unit.code()
                        + ": register the developer's keys first — the desk hands only registered keys");
            }
            List<Key> keys = new ArrayList<>(inCustody.stream().map(Key::new).toList());
            if (h.rectificationKeyKept()) {
                keepForRectification(keys, unit.code(), reference, actor);
            }
            List<KeyView> handed = new ArrayList<>();
            for (Key key : keys) {
                key.handForHandover(handover.staff(), handover.due(), reference, actor, useCases.now());
                handed.add(book.save(key, actor, "keys.hand-for-handover"));
            }
            return List.copyOf(handed);
        });
    }

    /**
     * EST-04 留一把整改: one key stays in the cabinet for rectification — one taken off the first set of several keys,
     * else the first single key — and leaves the list of keys to hand, or is replaced by what is left of its set.
     */
    private void keepForRectification(List<Key> keys, String unitCode, String reference, Actor actor) {
        int total = keys.stream().mapToInt(k -> k.state().copies()).sum();
        if (total < 2) {
            throw KeyRefusals.ONE_KEY_CANNOT_STAY.refuse("unit " + unitCode + " has a single key: it cannot both stay "
                    + "for rectification and go to the owner", Map.of("keys", total));
        }
        int set = 0;
        while (set < keys.size() && keys.get(set).state().copies() < 2) {
            set++;
        }
        if (set == keys.size()) {
            Key single = keys.remove(0);
            single.keepForRectification(reference, actor, useCases.now());
            book.save(single, actor, "keys.keep-for-rectification");
            return;
        }
        Key ring = keys.get(set);
        Key kept = Key.keptFromSet(ring, store.registers().nextNumber(ring.state().estate()), reference, actor, useCases.now());
        keys.set(set, new Key(book.record(ring, actor, "keys.keep-for-rectification")));
        book.save(kept, actor, "keys.register");
    }

    /**
     * KEY-03 with EST-04, followed on {@code HandoverCompleted}: the keys at the handover go to the owner; the keys the
     * desk handed must be those the key manager handed for it (KEY-02). An estate that keeps no register (no key manager
     * designated) hands its keys outside Steward.
     */
    @Override
    public List<KeyView> issueAtHandover(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = access().require(unit.estate(), "unit", unitId, "issue the keys of a handover", STAFF);
            if (store.registers().find(unit.estate()).isEmpty()) {
                return List.of();
            }
            Keepers.require(store.registers().find(unit.estate()).orElseThrow(), access(), "issue the keys of a handover");
            HandoverState handover = completedHandover(unitId, unit.code());
            ArchiveState owner = owner(unitId, unit.code());
            String reference = reference(handover);
            List<KeyState> ofUnit = store.keys().ofUnit(unitId);
            List<Key> atHandover = ofUnit.stream().map(Key::new).filter(k -> k.atHandover(reference)).toList();
            if (atHandover.isEmpty()) {
                if (ofUnit.stream().anyMatch(k -> reference.equals(k.reference()) && k.status() == KeyStatus.ISSUED_TO_OWNER)) {
                    return List.of();
                }
                throw KeyRefusals.KEYS_NOT_HANDED_FOR_HANDOVER.refuse("the key manager has not handed the keys of unit "
                        + unit.code() + " for this handover: the desk hands only the keys the register gave it",
                        Map.of("handed", handover.keysHanded(), "atHandover", 0));
            }
            int copies = atHandover.stream().mapToInt(k -> k.state().copies()).sum();
            if (copies != handover.keysHanded()) {
                throw KeyRefusals.KEYS_DO_NOT_ADD_UP.refuse("the key manager handed " + copies + " key(s) of unit "
                        + unit.code() + " for the handover, but the desk hands " + handover.keysHanded() + " to the owner: "
                        + "count again, or register or report the missing keys", Map.of("atHandover", copies,
                        "handed", handover.keysHanded()));
            }
            List<KeyView> issued = new ArrayList<>();
            for (Key key : atHandover) {
                key.issueAtHandover(owner.person().name(), reference, actor, useCases.now());
                issued.add(book.save(key, actor, "keys.issue"));
            }
            return List.copyOf(issued);
        });
    }

    /** KEY-03: the key kept for rectification goes to the owner on the archive, identity checked, against their signature. */
    @Override
    public KeyView issueToOwner(KeyId id, Issue issue) {
        return move(id, "issue a key to the owner", "keys.issue", (key, actor) -> {
            KeyState s = key.state();
            if (s.unit() == null) {
                throw KeyRefusals.NOT_A_UNIT_KEY.refuse("key " + s.number() + " opens " + s.commonArea()
                        + ", a common area; it is never issued to an owner");
            }
            HandoverState handover = completedHandover(s.unit(), s.unitCode());
            ArchiveState owner = owner(s.unit(), s.unitCode());
            if (!KeyRules.isPerson(owner.person(), issue.owner(), issue.identityDocument())) {
                throw KeyRefusals.NOT_THE_OWNER_KEY03.refuse("the person and identity document do not match the owner "
                        + "archive of unit " + s.unitCode());
            }
            StaffHolders.signedBy(issue.signature(), owner.person().name(), "KEY-03");
            key.issueToOwner(owner.person().name(), reference(handover), actor, useCases.now());
        });
    }

    /** EST-07 with KEY-05: the old owner's entrusted keys follow the transfer's disposition. */
    @Override
    public List<KeyView> followTransfer(OwnershipTransferred transfer) {
        return useCases.run(() -> {
            UnitState unit = store.unit(transfer.unit());
            Actor actor = access().require(unit.estate(), "unit", unit.id(), "follow an ownership transfer", STAFF);
            List<Key> entrusted = store.keys().ofUnit(unit.id()).stream().filter(Key::entrustedInCustody).map(Key::new).toList();
            if (entrusted.isEmpty()) {
                return List.of();
            }
            Keepers.require(Keepers.register(store, unit.estate()), access(), "follow an ownership transfer");
            if (transfer.dispositions().get(KeyObligation.ENTRUSTED_KEYS) != Disposition.MOVED_TO_NEW_OWNER) {
                throw KeyRefusals.OBLIGATION_WITHOUT_DISPOSITION.refuse("keys the old owner entrusted are still in "
                        + "custody: they collect them first (KEY-05), or the entrustment moves to the new owner",
                        Map.of("obligations", List.of(KeyObligation.ENTRUSTED_KEYS.code())));
            }
            ArchiveState newOwner = store.estate().archive(transfer.newOwner())
                    .orElseThrow(() -> new NotFound("archive", transfer.newOwner()));
            List<KeyView> moved = new ArrayList<>();
            for (Key key : entrusted) {
                key.entrustTo(newOwner.person().name(), KeyRules.digest(newOwner.person().idNumber()),
                        "transfer to archive " + newOwner.id(), actor, useCases.now());
                moved.add(book.save(key, actor, "keys.entrustment-transferred"));
            }
            return List.copyOf(moved);
        });
    }

    private HandoverState completedHandover(UnitId unit, String unitCode) {
        HandoverState handover = store.estate().lastHandover(unit).orElse(null);
        if (handover == null || handover.stage() != HandoverStage.COMPLETED) {
            throw KeyRefusals.HANDOVER_NOT_COMPLETE.refuse("keys of unit " + unitCode
                    + " are issued only after its handover is complete", Map.of("handoverStage",
                    handover == null ? "NONE" : handover.stage().name()));
        }
        return handover;
    }

    private ArchiveState owner(UnitId unit, String unitCode) {
        return store.estate().owner(unit).orElseThrow(() -> KeyRefusals.NO_OWNER_ON_FILE.refuse(
                "unit " + unitCode + " has no current owner archive"));
    }

    /** KEY-05: only the entrusting person, identity checked, signing themselves. */
    @Override
    public KeyView collect(KeyId id, Collection collection) {
        return move(id, "hand an entrusted key back", "keys.collect", (key, actor) -> {
            key.collect(collection.collector(), collection.identityDocument(), actor, useCases.now());
            StaffHolders.signedBy(collection.signature(), collection.collector(), "KEY-05");
        });
    }

    /** KEY-04 with EST-05: the occupant on the archive consents to the company keeping the key as their spare. */
    @Override
    public KeyView keepAsSpare(KeyId id, SpareConsent consent) {
        return move(id, "keep an entrusted key as the occupant's spare", "keys.keep-as-spare", (key, actor) -> {
            if (!consent.consents()) {
                throw KeyRefusals.OCCUPANT_CONSENT_REQUIRED.refuse("the company keeps a spare key of an occupied unit "
                        + "only with the occupant's consent");
            }
            ArchiveState occupant = KeyAdmission.occupant(store.estate().residents(key.state().unit()), consent.occupant(),
                    consent.identityDocument());
            if (occupant == null) {
                throw KeyRefusals.NOT_AN_OCCUPANT.refuse("only an owner or tenant on the unit's archive consents to "
                        + "the company keeping their spare key");
            }
            key.keepAsSpare(occupant.person().name(), KeyRules.digest(occupant.person().idNumber()), actor, useCases.now());
        });
    }

    /** KEY-06: the key manager lends it to a member of staff, who opens the door; the visitor is only recorded. */
    @Override
    public KeyView lendForViewing(KeyId id, Viewing viewing) {
        return move(id, "lend a key for a viewing", "keys.viewing", (key, actor) -> {
            StaffHolders.require(access(), viewing.staff(), key.state().estate(), KeyRefusals.VIEWING_KEY_STAYS_WITH_STAFF,
                    "a key is never lent for a viewing: a member of staff holds it and opens the door");
            key.lendForViewing(viewing.staff(), viewing.visitor(), viewing.due(), actor, useCases.now());
        });
    }

    /** KEY-07: the recording key manager consents; only the estate's own staff take keys, signing themselves. */
    @Override
    public KeyView checkOut(KeyId id, CheckOut checkOut) {
        return move(id, "check a key out", "keys.check-out", (key, actor) -> {
            StaffHolders.require(access(), checkOut.staff(), key.state().estate(), KeyRefusals.INTERNAL_STAFF_ONLY,
                    "only internal staff take keys temporarily");
            StaffHolders.signedBy(checkOut.staffSignature(), checkOut.staff(), "KEY-07");
            key.checkOut(checkOut.staff(), checkOut.purpose(), checkOut.reference(), checkOut.due(), actor, useCases.now());
        });
    }

    @Override
    public KeyView giveBack(KeyId id, Return giveBack) {
        return move(id, "take a key back", "keys.return", (key, actor) -> key.giveBack(giveBack.returnedBy(), actor, useCases.now()));
    }

    /** KEY-07 overdue alert: one reminder per key each time it is out past due, recorded and published. */
    @Override
    public List<KeyView> remindOverdue(EstateId estate) {
        return useCases.run(() -> {
            Actor actor = access().require(estate, "key register", estate, "remind holders of overdue keys", STAFF);
            KeyRegisterState register = Keepers.register(store, estate);
            if (!access().rolesIn(estate).contains(Role.PROJECT_MANAGER)) {
                Keepers.require(register, access(), "remind holders of overdue keys");
            }
            Instant now = useCases.now();
            List<KeyView> reminded = new ArrayList<>();
            for (KeyState state : store.keys().overdue(estate, now)) {
                Key key = new Key(state);
                if (key.remindOverdue(actor, now)) {
                    reminded.add(book.save(key, actor, "keys.overdue-reminded"));
                }
            }
            return List.copyOf(reminded);
        });
    }

    /**
     * KEY-08: two approval acts of the shared mechanism — the project manager's and company leadership's — by two
     * people, neither of them the key manager who releases the key; each used once, by this release.
     */
    @Override
    public KeyView releaseAbnormally(KeyId id, AbnormalRelease release) {
        return move(id, "release a key outside the normal procedure", "keys.release-abnormally", (key, actor) -> {
            KeyState s = key.state();
            String act = "abnormal release of key #" + s.number();
            ApprovalState manager = approvals.use(release.projectManager(), KeyApprovals.ABNORMAL_RELEASE_BY_PROJECT_MANAGER,
                    s.estate(), s.id().toString(), null, act, actor);
            ApprovalState leadership = approvals.use(release.leadership(), KeyApprovals.ABNORMAL_RELEASE_BY_LEADERSHIP,
                    s.estate(), s.id().toString(), null, act, actor);
            if (manager.decidedBy().equals(leadership.decidedBy())) {
                throw KeyRefusals.TWO_APPROVERS_REQUIRED.refuse("the project manager and company leadership approve "
                        + "as two people; " + manager.decidedBy() + " cannot give both approvals",
                        Map.of("person", manager.decidedBy()));
            }
            StaffHolders.signedBy(release.signature(), release.recipient(), "KEY-08");
            key.releaseAbnormally(release.recipient(), release.reason(), List.of(given(manager), given(leadership)), actor,
                    useCases.now());
        });
    }

    private static Approval given(ApprovalState a) {
        return new Approval(a.id(), a.decidedBy(), a.decidedAs(), a.decidedAt());
    }

    /**
     * KEY-09: the loss is recorded against its incident, and the project manager's decision on management fault is
     * asked for; the reporter declares nothing about fault.
     */
    @Override
    public KeyView reportLost(KeyId id, Loss loss) {
        return useCases.run(() -> {
            KeyState state = store.key(id);
            Actor actor = access().require(state.estate(), "key", id, "report a key lost", STAFF);
            KeyRegisterState register = Keepers.register(store, state.estate());
            if (!access().rolesIn(state.estate()).contains(Role.PROJECT_MANAGER)) {
                Keepers.require(register, access(), "report a key lost");
            }
            IncidentState incident = incident(loss.incident(), state.estate(), "KEY-09");
            Key key = new Key(state);
            key.lost(loss.circumstances(), "incident " + incident.id(), actor, useCases.now());
            KeyView lost = book.save(key, actor, "keys.lost");
            approvals.open(KeyApprovals.LOSS_BY_MANAGEMENT_FAULT, state.estate(), id.toString(), "key #" + state.number()
                    + " lost (incident " + incident.id() + "): was management at fault?", null, actor);
            return lost;
        });
    }

    /**
     * KEY-09, followed on {@link ApprovalDecided}: the project manager's decision is recorded on the lost key; where
     * management was at fault, the key manager and the deciding project manager are accountable.
     */
    public void followLossDecision(ApprovalDecided decided) {
        if (!decided.purpose().equals(KeyApprovals.LOSS_BY_MANAGEMENT_FAULT.code())) {
            return;
        }
        useCases.run(() -> {
            KeyState state = store.key(KeyId.parse(decided.subject()));
            if (!state.estate().equals(decided.estate())) {
                throw KeyRefusals.DECISION_OF_ANOTHER_ESTATE.refuse("the decision about key " + state.number()
                        + " is taken in its own estate", Map.of("key", state.id().toString()));
            }
            Actor actor = access().actor();
            boolean fault = decided.status() != ApprovalStatus.DECLINED;
            List<String> accountable = fault
                    ? List.of(Keepers.register(store, state.estate()).keyManager(), decided.decidedBy()) : List.of();
            Key key = new Key(state);
            key.lossFaultDecided(new Approval(decided.approval(), decided.decidedBy(), decided.decidedAs(), decided.at()),
                    fault, accountable, actor, useCases.now());
            return book.record(key, actor, "keys.loss-fault-decided");
        });
    }

    /** KEY-10: the spare key, against the recorded incident, with the key manager's consent, to staff, due back. */
    @Override
    public KeyView useSpare(KeyId id, EmergencyUse use) {
        return move(id, "use a spare key in an emergency", "keys.spare-used", (key, actor) -> {
            IncidentState incident = incident(use.incident(), key.state().estate(), "KEY-10");
            StaffHolders.require(access(), use.takenBy(), key.state().estate(), KeyRefusals.SPARE_KEY_WITH_STAFF,
                    "the spare key goes to a member of staff");
            key.useSpare(use.takenBy(), "incident " + incident.id(), use.reason(), use.due(), actor, useCases.now());
        });
    }

    /** The incident a movement names: recorded, in the key's estate. */
    private IncidentState incident(IncidentId id, EstateId estate, String rule) {
        return store.incidents().incident(id).filter(i -> i.estate().equals(estate)).orElseThrow(() -> KeyRefusals.INCIDENT_NOT_RECORDED_GIVEN.refuseFor(rule,  "there is no recorded incident " + id + " in the estate: report it first",
                Map.of("incident", id.toString())));
    }

    /**
     * One movement of one key by the key manager or a deputy: load, check the caller, let the key decide, save
     * (optimistic), append, publish.
     */
    private KeyView move(KeyId id, String action, String audit, BiConsumer<Key, Actor> step) {
        return useCases.run(() -> {
            KeyState state = store.key(id);
            Actor actor = access().require(state.estate(), "key", id, action, STAFF);
            Keepers.require(Keepers.register(store, state.estate()), access(), action);
            Key key = new Key(state);
            step.accept(key, actor);
            return book.save(key, actor, audit);
        });
    }
}
