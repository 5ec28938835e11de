package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.out.Deputy;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** KEY-01, KEY-02, KEY-04: the register of an estate, who keeps it, and the keys that enter it. */
public final class KeyRegistry implements KeepKeyRegister {
    /** KEY-04: recorded with every entrusted key. */
    static final String DISCLAIMER = "任何情况下物业对室内财产及安全不承担保管责任 — the company takes no custody liability "
            + "for the property in the unit or its safety";

    private static final Set<Role> MANAGEMENT = Set.of(Role.PROJECT_MANAGER, Role.PROJECT_GM, Role.COMPANY_GM);

    private final UseCases useCases;
    private final KeyStore store;
    private final KeyBook book;

    KeyRegistry(UseCases useCases, KeyStore store, KeyBook book) {
        this.useCases = useCases;
        this.store = store;
        this.book = book;
    }

    /** KEY-02: the register is kept by a designated person who holds the key-manager role in the estate. */
    @Override
    public KeyRegisterState designateKeyManager(EstateId estate, String keyManager) {
        return useCases.run(() -> {
            Actor actor = management(estate, "designate the key manager");
            if (keyManager == null || keyManager.isBlank()) {
                throw new InvalidInput("name the key manager");
            }
            if (!useCases.access().rolesOf(keyManager, estate).contains(Role.KEY_MANAGER)) {
                throw KeyRefusals.NOT_A_KEY_MANAGER.refuse(keyManager + " does not hold the KEY_MANAGER role in the estate",
                        Map.of("person", keyManager));
            }
            var current = store.registers().find(estate);
            KeyRegisterState stored = store.registers().save(new KeyRegisterState(estate, keyManager, actor.id(), useCases.now(),
                    current.map(KeyRegisterState::deputies).orElse(List.of()), current.map(KeyRegisterState::lastNumber).orElse(0L),
                    current.map(KeyRegisterState::version).orElse(0L)));
            useCases.audit(actor, estate, "keys.designate-keeper", "key-register", estate, keyManager);
            return stored;
        });
    }

    /** KEY-02: a deputy is staff of the estate, designated by its management, recorded with who and when. */
    @Override
    public KeyRegisterState designateDeputy(EstateId estate, String deputy) {
        return useCases.run(() -> {
            Actor actor = management(estate, "designate a deputy key manager");
            KeyRegisterState register = Keepers.register(store, estate);
            StaffHolders.require(useCases.access(), deputy, estate, KeyRefusals.DEPUTY_NOT_STAFF, "a deputy key manager is a "
                    + "member of the estate's staff");
            if (register.keptBy(deputy)) {
                throw KeyRefusals.KEEPS_THE_REGISTER_ALREADY.refuse(deputy + " keeps the register already",
                        Map.of("person", deputy));
            }
            List<Deputy> deputies = new ArrayList<>(register.deputies());
            deputies.add(new Deputy(deputy, actor.id(), useCases.now()));
            KeyRegisterState stored = store.registers().save(register.withDeputies(deputies));
            useCases.audit(actor, estate, "keys.designate-deputy", "key-register", estate, deputy);
            return stored;
        });
    }

    @Override
    public KeyRegisterState revokeDeputy(EstateId estate, String deputy) {
        return useCases.run(() -> {
            Actor actor = management(estate, "revoke a deputy key manager");
            KeyRegisterState register = Keepers.register(store, estate);
            List<Deputy> deputies = register.deputies().stream().filter(d -> !d.person().equals(deputy)).toList();
            if (deputies.size() == register.deputies().size()) {
                throw new NotFound("deputy key manager", deputy);
            }
            KeyRegisterState stored = store.registers().save(register.withDeputies(deputies));
            useCases.audit(actor, estate, "keys.revoke-deputy", "key-register", estate, deputy);
            return stored;
        });
    }

    private Actor management(EstateId estate, String action) {
        if (!store.estate().estateExists(estate)) {
            throw new NotFound("estate", estate);
        }
        return useCases.access().require(estate, "estate", estate, action, MANAGEMENT);
    }

    /**
     * KEY-01 scope and KEY-04 who stands behind a key ({@link KeyAdmission}); KEY-02 the key manager or a deputy
     * registers it under the next number ({@link Keepers}).
     */
    @Override
    public KeyView register(EstateId estate, Registration r) {
        return useCases.run(() -> {
            if (!store.estate().estateExists(estate)) {
                throw new NotFound("estate", estate);
            }
            Actor actor = useCases.access().require(estate, "estate", estate, "register a key", io.steward.domain.shared.Access.STAFF);
            Keepers.require(Keepers.register(store, estate), useCases.access(), "register a key");
            UnitState unit = null;
            if (r.unit() != null) {
                unit = store.estate().unit(r.unit()).filter(u -> u.estate().equals(estate))
                        .orElseThrow(() -> new NotFound("unit", r.unit()));
            }
            KeyAdmission.Entruster entruster = KeyAdmission.admit(unit, r, unit == null ? List.of() : store.estate().residents(unit.id()));
            long number = store.registers().nextNumber(estate);
            Key key = Key.register(estate, number, r.unit(), unit == null ? null : unit.code(), r,
                    r.reason() == CustodyReason.OWNER_ENTRUSTED || entruster != null ? DISCLAIMER : null,
                    entruster == null ? null : entruster.person(), entruster == null ? null : entruster.identityDigest(), actor,
                    useCases.now());
            return book.save(key, actor, "keys.register");
        });
    }
}
