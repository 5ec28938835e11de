package io.steward.domain.keys;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.shared.Role;

/**
 * Key custody over the estate fixture: estate LAKE, unit e14-1-0101 handed over to 张三 (a rectification key agreed),
 * e14-1-0102 not taken over; "keys" keeps the register, "pm" is project manager, "pgm" project GM, "eng" and "guard"
 * are staff.
 */
final class KeyFixture {
    final EstateFixture estate = new EstateFixture();
    final KeyStore store = new KeyStore(estate.memory.keyRegisters, estate.memory.keys, estate.memory.keyMovements,
            estate.memory.forcedEntries, estate.memory.estates, estate.memory.units, estate.memory.handovers,
            estate.memory.archives);
    final KeyCustody custody = new KeyCustody(estate.useCases, store);
    final EmergencyEntry emergency = new EmergencyEntry(estate.useCases, store);

    KeyFixture() {
        estate.lakeWithUnitHandedOver();
        estate.grant("keys", Role.KEY_MANAGER);
        estate.grant("pm", Role.PROJECT_MANAGER);
        estate.grant("pgm", Role.PROJECT_GM);
        estate.grant("eng", Role.ENGINEER);
        estate.grant("eng2", Role.ENGINEER);
        estate.grant("control", Role.CONTROL_ROOM);
        as("pm");
        custody.designateKeyManager(estate.estate, "keys");
        as("keys");
    }

    void as(String actor) {
        estate.as(actor);
    }

    UnitId unit(String code) {
        return estate.unit(code);
    }

    /** A developer-handover key of a unit, registered by the key manager. */
    KeyView unitKey(String code) {
        as("keys");
        return custody.register(estate.estate, new KeepKeyRegister.Registration(unit(code), null, null, 2,
                CustodyReason.DEVELOPER_HANDOVER, null));
    }

    KeyView commonAreaKey(String area) {
        as("keys");
        return custody.register(estate.estate, new KeepKeyRegister.Registration(null, area, null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null));
    }
}
