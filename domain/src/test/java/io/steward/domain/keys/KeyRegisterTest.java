package io.steward.domain.keys;

import static io.steward.domain.keys.KeyTestSupport.byTheOwner;
import static io.steward.domain.keys.KeyTestSupport.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.PersonalDataAccess;
import io.steward.ports.shared.Role;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** KEY-01, KEY-02, KEY-04: the register, who keeps it, and which keys enter it. */
class KeyRegisterTest {
    private final KeyFixture f = new KeyFixture();

    private KeepKeyRegister.Registration unitKey(String code, CustodyReason reason, KeepKeyRegister.Entrustment e) {
        return new KeepKeyRegister.Registration(f.unit(code), null, null, 1, reason, e);
    }

    private KeepKeyRegister.Registration roof() {
        return new KeepKeyRegister.Registration(null, "roof", null, 1, CustodyReason.DEVELOPER_HANDOVER, null);
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

        // a second estate numbers from 1 again, once its management designated a key manager who holds the role
        EstateId lake = f.estate.estate;
        f.as("gm");
        EstateId hill = f.estate.registerEstate("HILL").id();
        f.estate.grant("keys", Role.KEY_MANAGER);
        f.estate.grant("pm", Role.PROJECT_MANAGER);
        f.estate.grant("eng", Role.ENGINEER);
        f.as("keys");
        refused(() -> f.register.register(hill, roof()), "KEY-02", "no-key-manager");
        f.as("pm");
        refused(() -> f.register.designateKeyManager(hill, "eng"), "KEY-02", "not-a-key-manager");
        f.register.designateKeyManager(hill, "keys");
        f.as("keys");
        assertThat(f.register.register(hill, roof()).number()).isEqualTo(1);
        assertThat(f.browse.keysOf(lake, null, PageRequest.first(10)).items()).extracting(KeyView::number)
                .containsExactly(1L, 2L, 3L);
        assertThat(f.browse.keysOf(lake, KeyStatus.IN_CABINET, new PageRequest(1, 2)).items()).extracting(KeyView::number)
                .containsExactly(3L);
    }

    @Test
    @DisplayName("KEY-02: only the designated key manager registers keys — not staff without the designation, not even "
            + "another holder of KEY_MANAGER — and a refused registration leaves no gap")
    void only_the_designated_key_manager_registers() {
        f.unitKey("e14-1-0102");
        refused(() -> f.register.register(f.estate.estate, new KeepKeyRegister.Registration(null, "roof", null, 1,
                CustodyReason.NOT_TAKEN_OVER, null)), "KEY-01", "unit-key-only");
        assertThatThrownBy(() -> new KeepKeyRegister.Registration(f.unit("e14-1-0102"), "roof", null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null)).isInstanceOf(InvalidInput.class);
        for (String other : List.of("keys2", "desk", "eng", "pm")) {
            f.as(other);
            refused(() -> f.register.register(f.estate.estate, roof()), "KEY-02", "not-the-key-manager");
        }
        f.as("stranger");
        assertThatThrownBy(() -> f.register.register(f.estate.estate, roof())).isInstanceOf(NotFound.class);
        assertThat(f.commonAreaKey("roof").number()).isEqualTo(2);
    }

    @Test
    @DisplayName("KEY-02: the project manager designates a deputy from the estate's staff, recorded with who and when; the "
            + "deputy keeps the register until revoked")
    void a_deputy_keeps_the_register_in_the_key_managers_stead() {
        f.as("desk");
        refused(() -> f.register.register(f.estate.estate, roof()), "KEY-02", "not-the-key-manager");
        f.as("keys");
        assertThatThrownBy(() -> f.register.designateDeputy(f.estate.estate, "desk")).isInstanceOf(AccessDenied.class);
        f.as("pm");
        refused(() -> f.register.designateDeputy(f.estate.estate, "王五"), "KEY-02", "deputy-not-staff");
        var register = f.register.designateDeputy(f.estate.estate, "desk");
        assertThat(register.deputies()).singleElement().satisfies(d -> {
            assertThat(d.person()).isEqualTo("desk");
            assertThat(d.designatedBy()).isEqualTo("pm");
            assertThat(d.designatedAt()).isEqualTo(EstateFixture.NOW);
        });
        refused(() -> f.register.designateDeputy(f.estate.estate, "desk"), "KEY-02", "keeps-the-register-already");
        f.as("desk");
        assertThat(f.register.register(f.estate.estate, roof()).number()).isEqualTo(1);
        f.as("pm");
        assertThat(f.register.revokeDeputy(f.estate.estate, "desk").deputies()).isEmpty();
        f.as("desk");
        refused(() -> f.register.register(f.estate.estate, roof()), "KEY-02", "not-the-key-manager");
    }

    @Test
    @DisplayName("KEY-02: concurrent registrations take consecutive numbers, none twice, none skipped")
    void concurrent_registrations_number_without_gaps() throws Exception {
        int perThread = 25;
        Runnable registerMany = () -> {
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
    @DisplayName("KEY-01: the developer's keys of a unit enter the register only while the unit is not taken over")
    void developer_keys_only_for_units_not_taken_over() {
        for (CustodyReason developers : List.of(CustodyReason.NOT_TAKEN_OVER, CustodyReason.DEVELOPER_HANDOVER)) {
            refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", developers, null)), "KEY-01",
                    "unit-taken-over");
            assertThat(f.register.register(f.estate.estate, unitKey("e14-1-0102", developers, null)).reason()).isEqualTo(developers);
        }
        // a common area's key is the developer's whatever the units do
        assertThat(f.commonAreaKey("pump room").reason()).isEqualTo(CustodyReason.DEVELOPER_HANDOVER);
    }

    @Test
    @DisplayName("KEY-04: the owner on the archive entrusts the key of a vacant unit only, acknowledging that the company "
            + "takes no custody liability")
    void owners_entrust_keys_of_vacant_units_only() {
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0102", CustodyReason.OWNER_ENTRUSTED, byTheOwner(true))),
                "KEY-04", "only-vacant-units");
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.OWNER_ENTRUSTED, byTheOwner(false))),
                "KEY-04", "disclaimer-not-acknowledged");
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.OWNER_ENTRUSTED,
                new KeepKeyRegister.Entrustment("李四", "310101199202021234", true))), "KEY-04", "not-the-owner");
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.OWNER_ENTRUSTED,
                new KeepKeyRegister.Entrustment("张三", "310101199202021234", true))), "KEY-04", "not-the-owner");
        KeyView key = f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.OWNER_ENTRUSTED, byTheOwner(true)));
        assertThat(key.disclaimer()).contains("不承担保管责任");
        // EST-08: the name is masked in the view; the register compares a digest of the document and never shows it
        assertThat(key.entrustedBy()).isEqualTo("张*");
        assertThat(key.masked()).isTrue();
        assertThat(f.store.key(key.id()).entrustedBy()).isEqualTo("张三");
        assertThat(f.store.key(key.id()).entrusterIdentity()).startsWith("sha256:").doesNotContain("110101199001011234");
        assertThat(KeyView.class.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("entrusterIdentity");
        assertThat(f.browse.history(key.id()).get(0).signatures()).containsExactly("张*", "keys");
    }

    @Test
    @DisplayName("KEY-01/KEY-04: a key of a taken-over unit enters the register otherwise only as the occupant's spare, with "
            + "their recorded consent; a spare of a unit not taken over is the developer's")
    void a_taken_over_units_key_enters_only_as_the_occupants_spare() {
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.SPARE, null)), "KEY-04",
                "occupant-consent-required");
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.SPARE, byTheOwner(false))),
                "KEY-04", "occupant-consent-required");
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.SPARE,
                new KeepKeyRegister.Entrustment("王五", "440101198505051234", true))), "KEY-04", "not-an-occupant");
        KeyView spare = f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.SPARE, byTheOwner(true)));
        assertThat(f.store.key(spare.id()).entrustedBy()).isEqualTo("张三");
        assertThat(f.register.register(f.estate.estate, unitKey("e14-1-0102", CustodyReason.SPARE, null)).entrustedBy()).isNull();

        // a tenant on the archive consents to the company keeping their spare, too
        f.as("desk");
        f.estate.occupants.tenantMovesIn(new MoveIn.TenantMoveIn(f.unit("e14-1-0101"), EstateFixture.liSi(), "OC-1", "L-1",
                "SL-T1", null));
        f.as("keys");
        KeyView tenants = f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.SPARE,
                new KeepKeyRegister.Entrustment("李四", "310101199202021234", true)));
        assertThat(f.store.key(tenants.id()).entrustedBy()).isEqualTo("李四");
        // and an owner entrusts nothing while the unit is let
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.OWNER_ENTRUSTED, byTheOwner(true))),
                "KEY-04", "only-vacant-units");
    }

    @Test
    @DisplayName("EST-04: a key is kept for rectification at the handover only, never registered as one")
    void no_rectification_key_is_registered_by_hand() {
        refused(() -> f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.RECTIFICATION, null)), "EST-04",
                "rectification-key-kept-at-handover");
    }

    @Test
    @DisplayName("EST-08: the entrusting owner's name is shown only to whoever holds the archivist's approval to read the "
            + "unit's personal data, and each such read is audited")
    void names_in_the_register_are_unmasked_only_with_the_grant() {
        KeyView key = f.register.register(f.estate.estate, unitKey("e14-1-0101", CustodyReason.OWNER_ENTRUSTED, byTheOwner(true)));
        f.approved(PersonalDataAccess.READ_PERSONAL_DATA, f.unit("e14-1-0101"), "keys", "archivist");
        f.as("keys");
        KeyView plain = f.browse.key(key.id());
        assertThat(plain.entrustedBy()).isEqualTo("张三");
        assertThat(plain.masked()).isFalse();
        assertThat(f.browse.history(key.id()).get(0).party()).isEqualTo("张三");
        assertThat(f.estate.memory.audit.ofObject("key", key.id().toString(), PageRequest.first(10)).items())
                .extracting(r -> r.action()).filteredOn("personal-data.read-unmasked"::equals).as("the key and its history")
                .hasSize(2);
        f.as("pm");
        assertThat(f.browse.key(key.id()).entrustedBy()).isEqualTo("张*");
    }
}
