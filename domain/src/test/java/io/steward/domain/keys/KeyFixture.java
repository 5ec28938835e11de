package io.steward.domain.keys;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.Role;

/**
 * Key custody over the estate fixture: estate LAKE, unit e14-1-0101 handed over to 张三 (a rectification key agreed),
 * e14-1-0102 not taken over; "keys" keeps the register, "pm" is project manager, "pgm" project GM, "eng" and "guard"
 * are staff.
 */
final class KeyFixture {
    final EstateFixture estate = new EstateFixture();
    final KeyStore store = estate.keyStore;
    final KeepKeyRegister register = estate.steward.keepKeyRegister();
    final MoveKeys moves = estate.steward.moveKeys();
    final BrowseKeys browse = estate.steward.browseKeys();
    final EnterByForce emergency = estate.steward.enterByForce();

    KeyFixture() {
        estate.lakeWithUnitHandedOver();
        estate.grant("keys", Role.KEY_MANAGER);
        estate.grant("pm", Role.PROJECT_MANAGER);
        estate.grant("pgm", Role.PROJECT_GM);
        estate.grant("eng", Role.ENGINEER);
        estate.grant("eng2", Role.ENGINEER);
        estate.grant("control", Role.CONTROL_ROOM);
        as("pm");
        register.designateKeyManager(estate.estate, "keys");
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
        return register.register(estate.estate, new KeepKeyRegister.Registration(unit(code), null, null, 2,
                CustodyReason.DEVELOPER_HANDOVER, null));
    }

    KeyView commonAreaKey(String area) {
        as("keys");
        return register.register(estate.estate, new KeepKeyRegister.Registration(null, area, null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null));
    }
}
