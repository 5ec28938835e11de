package io.steward.domain.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.HandoverCompleted;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.shared.Fen;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyMoved;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.estate.in.ImportOwnerRoster;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyCustodyTest {
    private final KeyFixture f = new KeyFixture();
    private final Instant now = EstateFixture.NOW;

    private static <R extends Refusal> Consumer<R> rule(String ruleId, String code) {
        return r -> {
            assertThat(r.ruleId()).isEqualTo(ruleId);
            assertThat(r.code()).isEqualTo(code);
        };
    }

    private void refused(ThrowingCallable call, String ruleId, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, rule(ruleId, code));
    }

    private MoveKeys.CheckOut checkOut(String staff, Duration dueIn) {
        return new MoveKeys.CheckOut(staff, "replace the water meter", "WO-17", now.plus(dueIn), staff);
    }

    private static KeepKeyRegister.Entrustment entrustment(boolean disclaimer) {
        return new KeepKeyRegister.Entrustment("张三", "110101199001011234", disclaimer);
    }

    @Test
    @DisplayName("KEY-01/KEY-02: every key held is registered under the estate's next number, kept by the designated key manager")
    void keys_are_numbered_in_sequence_per_estate() {
        KeyView a = f.unitKey("e14-1-0102");
        KeyView b = f.commonAreaKey("plant room B1");
        KeyView c = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0201"), null, "spare",
                1, CustodyReason.NOT_TAKEN_OVER, null));
        assertThat(List.of(a.number(), b.number(), c.number())).containsExactly(1L, 2L, 3L);
        assertThat(a.status()).isEqualTo(KeyStatus.IN_CABINET);
        assertThat(a.holder()).isEqualTo(Key.CABINET);
        assertThat(a.label()).isEqualTo("e14-1-0102");
        assertThat(b.unit()).isNull();
        assertThat(f.browse.registerOf(f.estate.estate).keyManager()).isEqualTo("keys");

        // a second estate numbers from 1 again
        EstateId lake = f.estate.estate;
        f.as("gm");
        EstateId hill = f.estate.registerEstate("HILL").id();
        f.estate.grant("keys", Role.KEY_MANAGER);
        f.estate.grant("pm", Role.PROJECT_MANAGER);
        f.as("keys");
        refused(() -> f.register.register(hill, new KeepKeyRegister.Registration(null, "gate house", null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null)), "KEY-02", "no-key-manager");
        f.as("pm");
        refused(() -> f.register.designateKeyManager(hill, "eng"), "KEY-02", "not-a-key-manager");
        f.register.designateKeyManager(hill, "keys");
        f.as("keys");
        assertThat(f.register.register(hill, new KeepKeyRegister.Registration(null, "gate house", null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null)).number()).isEqualTo(1);
        assertThat(f.browse.keysOf(lake, null, PageRequest.first(10)).items()).extracting(KeyView::number)
                .containsExactly(1L, 2L, 3L);
        assertThat(f.browse.keysOf(lake, KeyStatus.IN_CABINET, new PageRequest(1, 2)).items()).extracting(KeyView::number)
                .containsExactly(3L);
    }

    @Test
    @DisplayName("KEY-02: a refused registration gives its number back, so the register has no gaps; only the key manager registers")
    void a_refused_registration_leaves_no_gap() {
        f.unitKey("e14-1-0102");
        // e14-1-0101 is taken over: the company no longer holds its keys as 'not taken over'
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.NOT_TAKEN_OVER, null)), "KEY-01", "unit-taken-over");
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(null, "roof", null, 1,
                CustodyReason.NOT_TAKEN_OVER, null)), "KEY-01", "unit-key-only");
        assertThatThrownBy(() -> new KeepKeyRegister.Registration(f.unit("e14-1-0102"), "roof", null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null)).isInstanceOf(InvalidInput.class);
        f.as("desk");
        assertThatThrownBy(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(null, "roof", null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null))).isInstanceOf(AccessDenied.class);
        f.as("eng");
        assertThatThrownBy(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(null, "roof", null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null))).isInstanceOf(AccessDenied.class);
        assertThat(f.commonAreaKey("roof").number()).isEqualTo(2);
    }

    @Test
    @DisplayName("KEY-02: concurrent registrations take consecutive numbers, none twice, none skipped")
    void concurrent_registrations_number_without_gaps() throws Exception {
        int perThread = 25;
        Runnable registerMany = () -> {
            f.estate.caller.set(new io.steward.ports.shared.Actor("keys", "keys"));
            for (int i = 0; i < perThread; i++) {
                f.register.register(f.estate.estate, new KeepKeyRegister.Registration(null, "door " + i, null, 1,
                        CustodyReason.DEVELOPER_HANDOVER, null));
            }
        };
        // the fixture's caller is shared; every thread acts as the key manager
        Thread t1 = new Thread(registerMany);
        Thread t2 = new Thread(registerMany);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        List<Long> numbers = f.browse.keysOf(f.estate.estate, null, PageRequest.first(100)).items().stream()
                .map(KeyView::number).toList();
        assertThat(numbers).hasSize(2 * perThread).doesNotHaveDuplicates();
        assertThat(numbers.get(numbers.size() - 1)).isEqualTo(2L * perThread);
    }

    @Test
    @DisplayName("KEY-03: a key is issued to the owner only after the handover is complete, to the owner on file, against signature")
    void keys_are_issued_only_after_the_handover() {
        f.estate.handOver("e14-1-0102", io.steward.ports.estate.in.HandOverUnit.VerifyIdentity.class);
        KeyView pending = f.unitKey("e14-1-0102");
        refused(() -> f.moves.issueToOwner(pending.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三")),
                "KEY-03", "handover-not-complete");

        KeyView key = f.unitKey("e14-1-0101");
        refused(() -> f.moves.issueToOwner(key.id(), new MoveKeys.Issue("王五", "110101199001011234", "王五")),
                "KEY-03", "not-the-owner");
        refused(() -> f.moves.issueToOwner(key.id(), new MoveKeys.Issue("张三", "999999999999999999", "张三")),
                "KEY-03", "not-the-owner");
        KeyView issued = f.moves.issueToOwner(key.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三"));
        assertThat(issued.status()).isEqualTo(KeyStatus.ISSUED_TO_OWNER);
        assertThat(issued.holder()).isEqualTo("张三");
        KeyMovement last = f.browse.history(key.id()).get(1);
        assertThat(last.kind()).isEqualTo(MovementKind.ISSUED_TO_OWNER);
        assertThat(last.signatures()).containsExactly("张三");
        assertThat(last.reference()).startsWith("handover ");

        KeyView plantRoom = f.commonAreaKey("plant room");
        refused(() -> f.moves.issueToOwner(plantRoom.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三")),
                "KEY-03", "not-a-unit-key");
    }

    @Test
    @DisplayName("KEY-03/EST-04: when the handover completes, the register issues the unit's developer keys still in the cabinet to the owner, against the receipt signature")
    void the_register_follows_the_handover() {
        KeyView front = f.unitKey("e14-1-0102");
        KeyView back = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null,
                "back door", 1, CustodyReason.NOT_TAKEN_OVER, null));
        KeyView garage = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null,
                "garage", 1, CustodyReason.NOT_TAKEN_OVER, null));
        KeyView spare = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null,
                "spare", 1, CustodyReason.SPARE, null));
        f.moves.checkOut(garage.id(), checkOut("eng", Duration.ofHours(2)));
        f.as("desk");
        refused(() -> f.moves.issueAtHandover(f.unit("e14-1-0102")), "KEY-03", "handover-not-complete");

        f.as("gm");
        f.estate.roster.importRoster(new ImportOwnerRoster.Roster(f.estate.estate, List.of(
                new ImportOwnerRoster.Line("e14-1-0102", "张三", "110101199001011234", "HT-2026-0001"))));
        int before = f.estate.memory.events.published(KeyMoved.class).size();
        // the assembly's policy issues the keys as the system, inside the handover's last step
        f.estate.handOver("e14-1-0102", null);
        List<KeyView> issued = List.of(f.browse.key(front.id()), f.browse.key(back.id()));

        assertThat(issued).extracting(KeyView::id).containsExactly(front.id(), back.id());
        assertThat(issued).allSatisfy(k -> {
            assertThat(k.status()).isEqualTo(KeyStatus.ISSUED_TO_OWNER);
            assertThat(k.holder()).isEqualTo("张三");
        });
        List<KeyMovement> frontHistory = f.browse.history(front.id());
        assertThat(frontHistory).extracting(KeyMovement::kind).containsExactly(MovementKind.REGISTERED,
                MovementKind.KEPT_FOR_RECTIFICATION, MovementKind.ISSUED_TO_OWNER);
        KeyMovement movement = frontHistory.get(2);
        assertThat(movement.signatures()).containsExactly("张三");
        assertThat(movement.actor()).isEqualTo("system");
        assertThat(movement.reference()).startsWith("handover ");

        // EST-04 留一把整改: the owner agreed to leave a key; it came off the two-key set, which went home with one key
        assertThat(issued.get(0).copies()).isEqualTo(1);
        KeyView kept = f.browse.keysOfUnit(f.unit("e14-1-0102")).stream()
                .filter(k -> k.reason() == CustodyReason.RECTIFICATION).findFirst().orElseThrow();
        assertThat(kept.number()).isEqualTo(5);
        assertThat(kept.copies()).isEqualTo(1);
        assertThat(kept.status()).isEqualTo(KeyStatus.IN_CABINET);
        KeyMovement keptRegistered = f.browse.history(kept.id()).get(0);
        assertThat(keptRegistered.kind()).isEqualTo(MovementKind.REGISTERED);
        assertThat(keptRegistered.from()).isEqualTo("#" + front.number());
        assertThat(keptRegistered.reference()).isEqualTo(movement.reference());
        assertThat(frontHistory.get(1).reason()).contains("#5");

        // out with staff, or kept as the company's spare: they stay where they are
        assertThat(f.browse.key(garage.id()).status()).isEqualTo(KeyStatus.LENT);
        assertThat(f.browse.key(spare.id()).status()).isEqualTo(KeyStatus.IN_CABINET);
        assertThat(f.estate.memory.events.published(KeyMoved.class)).hasSize(before + 4);
        // nothing left to issue: a second call changes nothing
        assertThat(f.moves.issueAtHandover(f.unit("e14-1-0102"))).isEmpty();
        f.as("eng");
        assertThatThrownBy(() -> f.moves.issueAtHandover(f.unit("e14-1-0102"))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("KEY-02/KEY-12: the handover is refused as a whole while the register's keys do not add up to those handed "
            + "plus the one kept; a single key kept for rectification stays whole")
    void the_handover_and_the_register_agree_on_every_key() {
        KeyView back = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null,
                "back door", 1, CustodyReason.NOT_TAKEN_OVER, null));
        KeyView front = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null,
                "front door", 1, CustodyReason.NOT_TAKEN_OVER, null));
        // wired as the reference server's KeysFollowTheEstate: inside the handover's transaction
        f.as("gm");
        f.estate.roster.importRoster(new ImportOwnerRoster.Roster(f.estate.estate, List.of(
                new ImportOwnerRoster.Line("e14-1-0102", "张三", "110101199001011234", "HT-2026-0001"))));
        HandoverView h = f.estate.handOver("e14-1-0102", HandOverUnit.HandOverKeys.class);
        List<String> handbooks = List.of("owner handbook", "renovation handbook");

        // two keys in the cabinet: two handed and one kept cannot both be true
        refused(() -> f.estate.desk.perform(h.id(), new HandOverUnit.HandOverKeys(2, handbooks, "张三")), "KEY-02",
                "keys-do-not-add-up");
        assertThat(f.estate.queries.handover(h.id()).stage()).isNotEqualTo(HandoverStage.COMPLETED);
        assertThat(f.browse.keysOfUnit(f.unit("e14-1-0102"))).allSatisfy(k -> assertThat(k.status()).isEqualTo(KeyStatus.IN_CABINET));
        assertThat(f.browse.history(back.id())).hasSize(1);

        assertThat(f.estate.desk.perform(h.id(), new HandOverUnit.HandOverKeys(1, handbooks, "张三")).stage())
                .isEqualTo(HandoverStage.COMPLETED);
        KeyView kept = f.browse.key(back.id());
        assertThat(kept.reason()).isEqualTo(CustodyReason.RECTIFICATION);
        assertThat(kept.status()).isEqualTo(KeyStatus.IN_CABINET);
        assertThat(f.browse.history(back.id())).extracting(KeyMovement::kind)
                .containsExactly(MovementKind.REGISTERED, MovementKind.KEPT_FOR_RECTIFICATION);
        assertThat(f.browse.key(front.id()).status()).isEqualTo(KeyStatus.ISSUED_TO_OWNER);
        // one key is kept: no second rectification key enters the register
        f.as("keys");
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null, null, 1,
                CustodyReason.RECTIFICATION, null)), "EST-04", "rectification-key-already-kept");
    }

    @Test
    @DisplayName("EST-07/KEY-05: keys the old owner entrusted are an open obligation of a transfer; moved to the new owner, "
            + "only the new owner collects them")
    void entrusted_keys_follow_the_transfer() {
        KeyView key = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, entrustment(true)));
        TransferOwnership transfers = f.estate.transfers;
        PersonalData wangWu = new PersonalData("王五", "13500135000", "13400134000", "440101198505051234");
        Function<Map<Obligation, Disposition>, TransferOwnership.Transfer> transfer = d -> new TransferOwnership.Transfer(
                "粤房 2026-000123", EstateFixture.TODAY, wangWu, "SL-NEW", Fen.of(152_250), "R-T1", d);
        f.as("desk");

        assertThatThrownBy(() -> transfers.transfer(f.unit("e14-1-0101"), transfer.apply(Map.of(
                Obligation.OPEN_HANDOVER_DEFECTS, Disposition.MOVED_TO_NEW_OWNER)))).isInstanceOfSatisfying(Refusal.class, r -> {
                    rule("EST-07", "obligation-without-disposition").accept(r);
                    assertThat(r.details().get("obligations")).isEqualTo(List.of("ENTRUSTED_KEYS"));
                });
        refused(() -> transfers.transfer(f.unit("e14-1-0101"), transfer.apply(Map.of(Obligation.OPEN_HANDOVER_DEFECTS,
                Disposition.MOVED_TO_NEW_OWNER, Obligation.ENTRUSTED_KEYS, Disposition.SETTLED))),
                "EST-07", "obligation-cannot-be-settled-here");
        assertThat(f.browse.history(key.id())).hasSize(1);

        var result = transfers.transfer(f.unit("e14-1-0101"), transfer.apply(Map.of(Obligation.OPEN_HANDOVER_DEFECTS,
                Disposition.MOVED_TO_NEW_OWNER, Obligation.ENTRUSTED_KEYS, Disposition.MOVED_TO_NEW_OWNER)));
        KeyView moved = f.browse.key(key.id());
        assertThat(moved.entrustedBy()).isEqualTo("王五");
        assertThat(moved.status()).isEqualTo(KeyStatus.IN_CABINET);
        KeyMovement passed = f.browse.history(key.id()).get(1);
        assertThat(passed.kind()).isEqualTo(MovementKind.ENTRUSTMENT_TRANSFERRED);
        assertThat(passed.from()).isEqualTo(Key.CABINET);
        assertThat(passed.to()).isEqualTo(Key.CABINET);
        assertThat(passed.reference()).contains(result.newOwner().toString());
        assertThat(passed.reason()).contains("张三").contains("王五");

        f.as("keys");
        refused(() -> f.moves.collect(key.id(), new MoveKeys.Collection("张三", "110101199001011234", "张三")),
                "KEY-05", "not-the-entrusting-person");
        assertThat(f.moves.collect(key.id(), new MoveKeys.Collection("王五", "440101198505051234", "王五")).status())
                .isEqualTo(KeyStatus.COLLECTED);

        // a transfer that skipped the obligation (a composition root that forgot KeyObligations) is refused by the register
        f.as("desk");
        KeyView another = entrustedByTheNewOwner();
        refused(() -> f.moves.followTransfer(new OwnershipTransferred(f.estate.estate, f.unit("e14-1-0101"),
                result.previousOwner(), result.newOwner(), EstateFixture.TODAY, Map.of())), "EST-07", "obligation-without-disposition");
        assertThat(f.browse.key(another.id()).entrustedBy()).isEqualTo("王五");
    }

    private KeyView entrustedByTheNewOwner() {
        f.as("keys");
        KeyView key = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, new KeepKeyRegister.Entrustment("王五", "440101198505051234", true)));
        f.as("desk");
        return key;
    }

    @Test
    @DisplayName("KEY-04: owners entrust keys of vacant units only, and acknowledge that the company takes no custody liability")
    void owners_entrust_keys_of_vacant_units_only() {
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, entrustment(true))), "KEY-04", "only-vacant-units");
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, entrustment(false))), "KEY-04", "disclaimer-not-acknowledged");
        // the owner on the archive entrusts, nobody else
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, new KeepKeyRegister.Entrustment("李四", "310101199202021234", true))),
                "KEY-04", "not-the-owner");
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, new KeepKeyRegister.Entrustment("张三", "310101199202021234", true))),
                "KEY-04", "not-the-owner");
        KeyView key = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, entrustment(true)));
        assertThat(key.entrustedBy()).isEqualTo("张三");
        assertThat(key.disclaimer()).contains("不承担保管责任");
        // the register compares a digest of the identity document, and never shows it (EST-08)
        assertThat(f.store.key(key.id()).entrusterIdentity()).startsWith("sha256:").doesNotContain("110101199001011234");
        assertThat(KeyView.class.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("entrusterIdentity");
        assertThat(f.browse.history(key.id()).get(0).signatures()).containsExactly("张三", "keys");
    }

    @Test
    @DisplayName("KEY-05: only the person who entrusted a key collects it, after an identity check, against signature")
    void only_the_entrusting_person_collects() {
        KeyView key = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, entrustment(true)));
        refused(() -> f.moves.collect(key.id(), new MoveKeys.Collection("李四", "310101199202021234", "李四")),
                "KEY-05", "not-the-entrusting-person");
        refused(() -> f.moves.collect(key.id(), new MoveKeys.Collection("张三", "310101199202021234", "张三")),
                "KEY-05", "not-the-entrusting-person");
        refused(() -> f.moves.issueToOwner(key.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三")),
                "KEY-05", "entrusted-key-is-collected");
        KeyView collected = f.moves.collect(key.id(), new MoveKeys.Collection("张三", "1101 0119 9001 0112 34", "张三"));
        assertThat(collected.status()).isEqualTo(KeyStatus.COLLECTED);
        assertThat(collected.holder()).isEqualTo("张三");

        KeyView developerKey = f.unitKey("e14-1-0102");
        refused(() -> f.moves.collect(developerKey.id(), new MoveKeys.Collection("张三", "110101199001011234", "张三")),
                "KEY-05", "not-entrusted");
    }

    @Test
    @DisplayName("KEY-06: a key is never lent to an owner for a viewing: a member of staff holds it and opens the door")
    void keys_are_never_lent_to_owners_for_viewing() {
        KeyView key = f.unitKey("e14-1-0102");
        f.as("desk");
        refused(() -> f.moves.lendForViewing(key.id(), new MoveKeys.Viewing("张三", "张三", now.plus(Duration.ofHours(1)))),
                "KEY-06", "viewing-key-stays-with-staff");
        KeyView out = f.moves.lendForViewing(key.id(), new MoveKeys.Viewing("desk", "王五 (buyer)", now.plus(Duration.ofHours(1))));
        assertThat(out.status()).isEqualTo(KeyStatus.ON_VIEWING);
        assertThat(out.holder()).isEqualTo("desk");
        assertThat(f.browse.history(key.id()).get(1).reason()).contains("王五");
    }

    @Test
    @DisplayName("KEY-07: staff take a key only with the key manager's consent and signature; keys out past due are listed")
    void internal_check_outs_need_the_key_manager_and_come_back() {
        KeyView key = f.unitKey("e14-1-0102");
        f.as("eng");
        assertThatThrownBy(() -> f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)))).isInstanceOf(AccessDenied.class);
        f.as("keys");
        refused(() -> f.moves.checkOut(key.id(), checkOut("王五", Duration.ofHours(2))), "KEY-07", "internal-staff-only");
        refused(() -> f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(-1))), "KEY-07", "due-time-passed");
        KeyView lent = f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)));
        assertThat(lent.status()).isEqualTo(KeyStatus.LENT);
        assertThat(lent.holder()).isEqualTo("eng");
        assertThat(lent.reference()).isEqualTo("WO-17");
        assertThat(f.browse.history(key.id()).get(1).signatures()).containsExactly("eng", "keys");

        KeyView other = f.commonAreaKey("roof");
        f.moves.checkOut(other.id(), checkOut("eng2", Duration.ofHours(5)));
        assertThat(f.browse.overdue(f.estate.estate)).isEmpty();
        f.estate.clock.advance(Duration.ofHours(3));
        assertThat(f.browse.overdue(f.estate.estate)).extracting(KeyView::id).containsExactly(key.id());
        f.estate.clock.advance(Duration.ofHours(3));
        assertThat(f.browse.overdue(f.estate.estate)).extracting(KeyView::id).containsExactly(key.id(), other.id());

        KeyView back = f.moves.giveBack(key.id(), new MoveKeys.Return("eng"));
        assertThat(back.status()).isEqualTo(KeyStatus.IN_CABINET);
        assertThat(back.dueAt()).isNull();
        assertThat(f.browse.overdue(f.estate.estate)).extracting(KeyView::id).containsExactly(other.id());
        assertThatThrownBy(() -> f.moves.giveBack(key.id(), new MoveKeys.Return("eng")))
                .isInstanceOfSatisfying(Conflict.class, rule("KEY-12", "key-not-out"));
    }

    @Test
    @DisplayName("KEY-07: the holder of a key out past due is reminded once each time it is out, recorded and published; "
            + "the key stays where it is")
    void overdue_keys_are_reminded_once() {
        KeyView key = f.unitKey("e14-1-0102");
        KeyView viewing = f.commonAreaKey("roof");
        f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)));
        f.as("desk");
        f.moves.lendForViewing(viewing.id(), new MoveKeys.Viewing("desk", "王五", now.plus(Duration.ofHours(4))));
        f.as("keys");
        assertThat(f.moves.remindOverdue(f.estate.estate)).isEmpty();

        f.estate.clock.advance(Duration.ofHours(3));
        List<KeyView> reminded = f.moves.remindOverdue(f.estate.estate);
        assertThat(reminded).extracting(KeyView::id).containsExactly(key.id());
        assertThat(reminded.get(0).status()).isEqualTo(KeyStatus.LENT);
        assertThat(reminded.get(0).holder()).isEqualTo("eng");
        assertThat(reminded.get(0).reference()).isEqualTo("WO-17");
        assertThat(reminded.get(0).since()).isEqualTo(now);
        assertThat(reminded.get(0).remindedAt()).isEqualTo(now.plus(Duration.ofHours(3)));
        KeyMovement reminder = f.browse.history(key.id()).get(2);
        assertThat(reminder.kind()).isEqualTo(MovementKind.OVERDUE_REMINDED);
        assertThat(reminder.from()).isEqualTo("eng");
        assertThat(reminder.to()).isEqualTo("eng");
        assertThat(reminder.dueAt()).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(reminder.reason()).contains("60 min overdue");
        assertThat(f.estate.memory.events.published(KeyMoved.class)).last()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(MovementKind.OVERDUE_REMINDED));
        // once: a second sweep reminds nobody again, until the other key falls due too
        assertThat(f.moves.remindOverdue(f.estate.estate)).isEmpty();
        f.estate.clock.advance(Duration.ofHours(2));
        assertThat(f.moves.remindOverdue(f.estate.estate)).extracting(KeyView::id).containsExactly(viewing.id());

        // back and out again: a new time out, a new reminder when it is overdue again
        assertThat(f.moves.giveBack(key.id(), new MoveKeys.Return("eng")).remindedAt()).isNull();
        f.moves.checkOut(key.id(), new MoveKeys.CheckOut("eng", "meter", null, f.estate.clock.instant().plusSeconds(60), "eng"));
        f.estate.clock.advance(Duration.ofMinutes(5));
        assertThat(f.moves.remindOverdue(f.estate.estate)).extracting(KeyView::id).containsExactly(key.id());
        assertThat(f.browse.history(key.id())).extracting(KeyMovement::kind).containsExactly(MovementKind.REGISTERED,
                MovementKind.CHECKED_OUT, MovementKind.OVERDUE_REMINDED, MovementKind.RETURNED, MovementKind.CHECKED_OUT,
                MovementKind.OVERDUE_REMINDED);
        f.as("eng");
        assertThatThrownBy(() -> f.moves.remindOverdue(f.estate.estate)).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("KEY-08: release outside the normal procedure needs the project manager's and company leadership's approval, given by two people")
    void abnormal_release_needs_two_approvals() {
        KeyView key = f.unitKey("e14-1-0102");
        Approval pm = new Approval("pm", Role.PROJECT_MANAGER);
        Approval gm = new Approval("gm", Role.COMPANY_GM);
        refused(() -> f.moves.releaseAbnormally(key.id(), release(pm, null)), "KEY-08", "approval-missing");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(null, gm)), "KEY-08", "approval-missing");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(new Approval("eng", Role.PROJECT_MANAGER), gm)),
                "KEY-08", "approver-lacks-role");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(pm, new Approval("pm", Role.COMPANY_GM))),
                "KEY-08", "approver-lacks-role");
        // one person holding both roles still gives one approval, not two
        f.estate.grant("gm", Role.PROJECT_MANAGER);
        refused(() -> f.moves.releaseAbnormally(key.id(), release(new Approval("gm", Role.PROJECT_MANAGER), gm)),
                "KEY-08", "two-approvers-required");
        KeyView released = f.moves.releaseAbnormally(key.id(), release(pm, gm));
        assertThat(released.status()).isEqualTo(KeyStatus.RELEASED);
        assertThat(f.browse.history(key.id()).get(1).approvals()).containsExactly(pm, gm);
    }

    private static MoveKeys.AbnormalRelease release(Approval pm, Approval leadership) {
        return new MoveKeys.AbnormalRelease("赵六 (buyer's agent)", "440101198001011234", "owner abroad, sale completing",
                pm, leadership, "赵六");
    }

    @Test
    @DisplayName("KEY-09: a lost key is an incident; through management fault the key manager and project manager are accountable")
    void a_lost_key_names_who_is_accountable() {
        KeyView key = f.unitKey("e14-1-0102");
        refused(() -> f.moves.reportLost(key.id(), new MoveKeys.Loss("cabinet left open overnight", true, null)),
                "KEY-09", "name-the-project-manager");
        KeyView lost = f.moves.reportLost(key.id(), new MoveKeys.Loss("cabinet left open overnight", true, "pm"));
        assertThat(lost.status()).isEqualTo(KeyStatus.LOST);
        assertThat(lost.holder()).isNull();
        KeyMovement incident = f.browse.history(key.id()).get(1);
        assertThat(incident.accountable()).containsExactly("keys", "pm");
        assertThat(incident.reason()).isEqualTo("cabinet left open overnight");
        refused(() -> f.moves.reportLost(key.id(), new MoveKeys.Loss("again", false, null)), "KEY-09", "key-not-in-custody");

        KeyView other = f.commonAreaKey("roof");
        f.moves.checkOut(other.id(), checkOut("eng", Duration.ofHours(2)));
        KeyMovement noFault = f.browse.history(f.moves.reportLost(other.id(), new MoveKeys.Loss("dropped in the lift shaft", false,
                null)).id()).get(2);
        assertThat(noFault.from()).isEqualTo("eng");
        assertThat(noFault.accountable()).isEmpty();
    }

    @Test
    @DisplayName("KEY-10: in an emergency the spare key is used under the spare-key procedure, linked to the incident")
    void spare_keys_are_used_for_an_incident() {
        KeyView spare = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.SPARE, null));
        f.as("control");
        refused(() -> f.moves.useSpare(spare.id(), new MoveKeys.EmergencyUse("INC-2026-031", "王五", "smoke from the kitchen")),
                "KEY-10", "spare-key-with-staff");
        assertThatThrownBy(() -> new MoveKeys.EmergencyUse(" ", "guard", "fire")).isInstanceOf(InvalidInput.class);
        KeyView used = f.moves.useSpare(spare.id(), new MoveKeys.EmergencyUse("INC-2026-031", "guard", "smoke from the kitchen"));
        assertThat(used.status()).isEqualTo(KeyStatus.IN_EMERGENCY_USE);
        assertThat(used.holder()).isEqualTo("guard");
        assertThat(used.reference()).isEqualTo("INC-2026-031");
        f.as("keys");
        assertThat(f.moves.giveBack(spare.id(), new MoveKeys.Return("guard")).status()).isEqualTo(KeyStatus.IN_CABINET);
    }

    @Test
    @DisplayName("EST-04/KEY-01: the rectification key is registered only when the owner agreed to leave one at handover")
    void the_rectification_key_follows_the_handover() {
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null, null, 1,
                CustodyReason.RECTIFICATION, null)), "EST-04", "no-rectification-key-agreed");
        KeyView key = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null,
                "rectification", 1, CustodyReason.RECTIFICATION, null));
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.RECTIFICATION, null)), "EST-04", "rectification-key-already-kept");
        f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(4)));
        f.moves.giveBack(key.id(), new MoveKeys.Return("eng"));
        KeyView home = f.moves.issueToOwner(key.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三"));
        assertThat(home.status()).isEqualTo(KeyStatus.ISSUED_TO_OWNER);
        assertThat(f.browse.keysOfUnit(f.unit("e14-1-0101"))).extracting(KeyView::id).containsExactly(key.id());
    }

    @Test
    @DisplayName("KEY-12: a key has exactly one holder: a key that is out cannot go out again, and of two racing movements one is refused")
    void a_key_has_exactly_one_holder() {
        KeyView key = f.unitKey("e14-1-0102");
        f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)));
        assertThatThrownBy(() -> f.moves.checkOut(key.id(), checkOut("eng2", Duration.ofHours(2))))
                .isInstanceOfSatisfying(Conflict.class, r -> {
                    assertThat(r.ruleId()).isEqualTo("KEY-12");
                    assertThat(r.code()).isEqualTo("key-not-in-cabinet");
                    assertThat(r.details()).containsEntry("holder", "eng");
                });
        f.as("desk");
        refused(() -> f.moves.lendForViewing(key.id(), new MoveKeys.Viewing("desk", "王五", now.plusSeconds(600))),
                "KEY-12", "key-not-in-cabinet");
        f.as("keys");

        // two movements raced from the same read: the second write is stale and refused
        KeyState other = f.store.key(f.commonAreaKey("roof").id());
        Key first = new Key(other);
        Key second = new Key(other);
        first.checkOut(checkOut("eng", Duration.ofHours(1)), new io.steward.ports.shared.Actor("keys", "keys"), now);
        second.checkOut(checkOut("eng2", Duration.ofHours(1)), new io.steward.ports.shared.Actor("keys", "keys"), now);
        f.estate.memory.transactions.inTransaction(() -> {
            f.store.keys().save(first.state());
            return null;
        });
        assertThatThrownBy(() -> f.estate.memory.transactions.inTransaction(() -> {
            f.store.keys().save(second.state());
            return null;
        })).isInstanceOf(ConcurrentUpdate.class);
        assertThat(f.store.key(other.id()).holder()).isEqualTo("eng");
    }

    @Test
    @DisplayName("KEY-12: the history is append-only, numbered per key; every movement is published; a refusal writes nothing")
    void movements_are_an_append_only_history_with_events() {
        KeyView key = f.unitKey("e14-1-0102");
        f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)));
        f.moves.giveBack(key.id(), new MoveKeys.Return("eng"));
        List<KeyMovement> history = f.browse.history(key.id());
        assertThat(history).extracting(KeyMovement::seq).containsExactly(1, 2, 3);
        assertThat(history).extracting(KeyMovement::kind)
                .containsExactly(MovementKind.REGISTERED, MovementKind.CHECKED_OUT, MovementKind.RETURNED);
        assertThat(history.get(1).from()).isEqualTo(Key.CABINET);
        assertThat(history.get(1).to()).isEqualTo("eng");
        assertThat(history.get(1).actor()).isEqualTo("keys");
        assertThat(history.get(1).at()).isEqualTo(now);
        assertThat(history.get(1).dueAt()).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(history.get(2).from()).isEqualTo("eng");

        List<KeyMoved> events = f.estate.memory.events.published(KeyMoved.class);
        assertThat(events).extracting(KeyMoved::kind)
                .containsExactly(MovementKind.REGISTERED, MovementKind.CHECKED_OUT, MovementKind.RETURNED);
        assertThat(events.get(1).to()).isEqualTo("eng");
        assertThat(events.get(1).number()).isEqualTo(1);

        refused(() -> f.moves.checkOut(key.id(), checkOut("王五", Duration.ofHours(2))), "KEY-07", "internal-staff-only");
        assertThat(f.browse.history(key.id())).hasSize(3);
        assertThat(f.estate.memory.events.published(KeyMoved.class)).hasSize(3);
        assertThat(f.browse.key(key.id()).version()).isEqualTo(3);
    }

    @Test
    @DisplayName("KEY-02: a caller without a role in the estate is told neither the register nor its keys exist")
    void outsiders_see_nothing() {
        KeyView key = f.unitKey("e14-1-0102");
        f.as("stranger");
        assertThatThrownBy(() -> f.browse.key(key.id())).isInstanceOf(io.steward.ports.shared.NotFound.class);
        assertThatThrownBy(() -> f.browse.registerOf(f.estate.estate)).isInstanceOf(io.steward.ports.shared.NotFound.class);
        assertThatThrownBy(() -> f.browse.history(key.id())).isInstanceOf(io.steward.ports.shared.NotFound.class);
    }
}
