package io.steward.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.ForcedEntryStage;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.keys.out.Deputy;
import io.steward.ports.keys.out.ForcedEntryState;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.StoreConflict;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The behaviour every implementation of the key-custody out-ports must show. */
public abstract class KeyPortsContract extends AdaptersContract {
    private static final Instant T0 = Instant.parse("2026-03-16T02:00:00Z");
    private static final ApprovalId APPROVAL = ApprovalId.newId();

    private EstateId estate;

    @BeforeEach
    void register() {
        estate = newRegister();
    }

    /** A new estate with its key register. */
    private EstateId newRegister() {
        EstateId id = newEstate().id();
        tx(() -> a.registers().save(new KeyRegisterState(id, "keys", "pm", T0, List.of(), 0, 0)));
        return id;
    }

    private static KeyState key(EstateId estate, long number, UnitId unit, KeyStatus status, Instant due) {
        return new KeyState(KeyId.newId(), estate, number, "key " + number, unit, unit == null ? null : "e14-1-0101",
                unit == null ? "plant room" : null, 2, unit == null ? CustodyReason.DEVELOPER_HANDOVER : CustodyReason.OWNER_ENTRUSTED,
                unit == null ? null : "张三", unit == null ? null : "sha256:00ff", unit == null ? null : "no liability",
                status, status == KeyStatus.IN_CABINET ? "cabinet" : "eng", due, due == null ? null : "WO-1", T0, 1, null, 0);
    }

    private static KeyState moved(KeyState s, KeyStatus status, String holder, Instant due) {
        return s.toBuilder().status(status).holder(holder).dueAt(due).movements(s.movements() + 1)
                .remindedAt(due == null ? null : due.plusSeconds(60)).build();
    }

    @Test
    @DisplayName("KEY-02: the register keeps its designation; numbers follow one another and a rolled-back number is given again")
    void register_numbers_follow_one_another() {
        KeyRegisterState stored = a.registers().find(estate).orElseThrow();
        assertThat(stored.keyManager()).isEqualTo("keys");
        assertThat(stored.designatedAt()).isEqualTo(T0);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(tx(() -> a.registers().nextNumber(estate))).isEqualTo(1);
        assertThat(tx(() -> a.registers().nextNumber(estate))).isEqualTo(2);
        assertThatThrownBy(() -> tx(() -> {
            a.registers().nextNumber(estate);
            throw new Refusal("KEY-01", "refused-after-numbering", "the registration was refused");
        })).isInstanceOf(Refusal.class);
        assertThat(tx(() -> a.registers().nextNumber(estate))).isEqualTo(3);

        KeyRegisterState now = a.registers().find(estate).orElseThrow();
        KeyRegisterState answered = tx(() -> a.registers().save(new KeyRegisterState(estate, "keys2", "pm", T0.plusSeconds(60),
                List.of(new Deputy("desk", "pm", T0.plusSeconds(30))), 0, now.version())));
        KeyRegisterState redesignated = a.registers().find(estate).orElseThrow();
        assertThat(answered).isEqualTo(redesignated);
        assertThat(redesignated.keyManager()).isEqualTo("keys2");
        assertThat(redesignated.deputies()).containsExactly(new Deputy("desk", "pm", T0.plusSeconds(30)));
        assertThat(redesignated.keptBy("desk")).isTrue();
        assertThat(redesignated.lastNumber()).as("a designation never moves the numbering").isEqualTo(3);
        assertThatThrownBy(() -> tx(() -> a.registers().save(now))).isInstanceOf(ConcurrentUpdate.class);
        // deputies alone change: the write is still optimistic, and a revoked deputy is gone
        KeyRegisterState noDeputy = tx(() -> a.registers().save(new KeyRegisterState(estate, "keys2", "pm", T0.plusSeconds(60),
                List.of(), 0, redesignated.version())));
        assertThat(noDeputy.version()).isGreaterThan(redesignated.version());
        assertThat(a.registers().find(estate).orElseThrow().deputies()).isEmpty();
        assertThatThrownBy(() -> tx(() -> a.registers().save(redesignated))).isInstanceOf(ConcurrentUpdate.class);
        assertThatThrownBy(() -> tx(() -> a.registers().nextNumber(EstateId.newId()))).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("KEY-02: concurrent registrations in one estate take every number once, without gaps")
    void concurrent_numbering_has_no_gaps_or_duplicates() throws Exception {
        int threads = 4;
        int each = 15;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(tx(() -> a.registers().nextNumber(estate)));
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> r : results) {
                all.addAll(r.get());
            }
            Collections.sort(all);
            List<Long> expected = new ArrayList<>();
            for (long n = 1; n <= (long) threads * each; n++) {
                expected.add(n);
            }
            assertThat(all).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("KEY-12: keys round-trip; a stale write is refused; a number is unique in its estate")
    void keys_round_trip_with_optimistic_writes() {
        UnitId unit = newUnit(estate);
        KeyState key = key(estate, 1, unit, KeyStatus.IN_CABINET, null);
        tx(() -> a.keys().save(key));
        KeyState stored = a.keys().find(key.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(key);

        KeyState lent = moved(stored, KeyStatus.LENT, "eng", T0.plusSeconds(3600));
        tx(() -> a.keys().save(lent));
        assertThat(a.keys().find(key.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("version").isEqualTo(lent);
        assertThatThrownBy(() -> tx(() -> a.keys().save(moved(stored, KeyStatus.ON_VIEWING, "desk", T0.plusSeconds(600)))))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThat(a.keys().find(key.id()).orElseThrow().holder()).isEqualTo("eng");

        refusedAs(() -> tx(() -> a.keys().save(key(estate, 1, null, KeyStatus.IN_CABINET, null))), StoreConflict.DUPLICATE);
        tx(() -> a.keys().save(key(newRegister(), 1, null, KeyStatus.IN_CABINET, null)));
    }

    @Test
    @DisplayName("KEY-12: of two concurrent writes of the same key version exactly one succeeds")
    void concurrent_movements_of_one_key_have_one_winner() throws Exception {
        KeyState key = key(estate, 1, null, KeyStatus.IN_CABINET, null);
        tx(() -> a.keys().save(key));
        KeyState read = a.keys().find(key.id()).orElseThrow();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String holder : List.of("eng", "eng2")) {
                Callable<String> checkOut = () -> {
                    start.await();
                    try {
                        tx(() -> a.keys().save(moved(read, KeyStatus.LENT, holder, T0.plusSeconds(3600))));
                        return "ok";
                    } catch (ConcurrentUpdate | Conflict refused) {
                        return "refused";
                    }
                };
                results.add(pool.submit(checkOut));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : results) {
                outcomes.add(r.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "refused");
            assertThat(a.keys().find(key.id()).orElseThrow().version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("KEY-07: the register lists by number and status, the keys of a unit, and keys out past due, longest overdue first")
    void register_views() {
        UnitId unit = newUnit(estate);
        Instant now = T0.plus(Duration.ofHours(5));
        KeyState inCabinet = key(estate, 1, unit, KeyStatus.IN_CABINET, null);
        KeyState dueLater = key(estate, 2, null, KeyStatus.LENT, now.plusSeconds(60));
        KeyState overdueLong = key(estate, 3, unit, KeyStatus.ON_VIEWING, now.minus(Duration.ofHours(3)));
        KeyState overdueShort = key(estate, 4, null, KeyStatus.LENT, now.minus(Duration.ofMinutes(5)));
        KeyState lost = key(estate, 5, null, KeyStatus.LOST, now.minus(Duration.ofHours(9)));
        KeyState elsewhere = key(newRegister(), 1, null, KeyStatus.LENT, now.minus(Duration.ofHours(1)));
        tx(() -> List.of(overdueShort, inCabinet, lost, dueLater, overdueLong, elsewhere).forEach(a.keys()::save));

        var page = a.keys().ofEstate(estate, null, new PageRequest(0, 2));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(KeyState::number).containsExactly(1L, 2L);
        assertThat(a.keys().ofEstate(estate, null, new PageRequest(2, 2)).items()).extracting(KeyState::number).containsExactly(5L);
        assertThat(a.keys().ofEstate(estate, KeyStatus.LENT, PageRequest.first(10)).items()).extracting(KeyState::number)
                .containsExactly(2L, 4L);
        assertThat(a.keys().ofUnit(unit)).extracting(KeyState::number).containsExactly(1L, 3L);
        assertThat(a.keys().overdue(estate, now)).extracting(KeyState::number).containsExactly(3L, 4L);
    }

    private KeyMovement movement(KeyId key, int seq, MovementKind kind) {
        return new KeyMovement(key, estate, seq, kind, "cabinet", "eng", "王五", "keys", "replace the water meter", "WO-1",
                T0.plus(Duration.ofHours(2)), List.of("eng", "keys"), List.of(new Approval(APPROVAL, "pm",
                Role.PROJECT_MANAGER, T0.truncatedTo(ChronoUnit.MILLIS))), List.of("keys", "pm"),
                T0.plusSeconds(seq).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    @DisplayName("KEY-12: movements are appended in order and read back whole; a number taken twice is a conflict; a rollback leaves none")
    void movements_are_append_only() {
        KeyState registered = key(estate, 1, null, KeyStatus.IN_CABINET, null);
        tx(() -> a.keys().save(registered));
        KeyId key = registered.id();
        tx(() -> {
            a.movements().append(movement(key, 1, MovementKind.REGISTERED));
            a.movements().append(movement(key, 2, MovementKind.CHECKED_OUT));
        });
        refusedAs(() -> tx(() -> a.movements().append(movement(key, 2, MovementKind.OUT_FOR_VIEWING))), StoreConflict.DUPLICATE);
        assertThatThrownBy(() -> tx(() -> {
            a.movements().append(movement(key, 3, MovementKind.RETURNED));
            throw new Refusal("KEY-12", "rolled-back", "the movement's key write failed");
        })).isInstanceOf(Refusal.class);
        List<KeyMovement> history = a.movements().ofKey(key);
        assertThat(history).extracting(KeyMovement::seq).containsExactly(1, 2);
        assertThat(history.get(1)).isEqualTo(movement(key, 2, MovementKind.CHECKED_OUT));
        assertThat(a.movements().ofKey(KeyId.newId())).isEmpty();
    }

    @Test
    @DisplayName("KEY-11: forced-entry records round-trip, by unit, with optimistic writes")
    void forced_entries_round_trip() {
        UnitId unit = newUnit(estate);
        IncidentId incident = IncidentId.newId();
        ForcedEntryState entry = new ForcedEntryState(ForcedEntryId.newId(), estate, unit, "e14-1-0101", incident,
                "occupant unreachable", ApprovalId.newId(), "fire behind the door", List.of("guard", "control"), T0, "guard",
                ForcedEntryStage.ENTERED, List.of(), null, null, null, null, null, null, null, null, 0);
        ForcedEntryState answered = tx(() -> a.entries().save(entry));
        assertThat(answered).isEqualTo(entry.withVersion(1));
        ForcedEntryState stored = a.entries().find(entry.id()).orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(entry);
        ForcedEntryState scene = new ForcedEntryState(stored.id(), estate, unit, "e14-1-0101", incident, "occupant unreachable",
                stored.approval(), stored.override(), stored.staff(), T0, "guard", ForcedEntryStage.SCENE_RECORDED, List.of("att:1", "att:2"),
                "door taped", "guard", T0.plusSeconds(600), null, null, null, null, null, stored.version());
        tx(() -> a.entries().save(scene));
        assertThatThrownBy(() -> tx(() -> a.entries().save(stored))).isInstanceOf(ConcurrentUpdate.class);
        assertThat(a.entries().ofUnit(unit)).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo(ForcedEntryStage.SCENE_RECORDED);
            assertThat(e.photos()).containsExactly("att:1", "att:2");
        });
    }
}
