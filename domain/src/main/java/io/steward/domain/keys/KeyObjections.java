package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.MoveInObjections;
import io.steward.ports.shared.Refusal;
import java.util.List;
import java.util.Map;

/**
 * KEY-04 with EST-05, seen from the key register: an owner entrusts the key of a vacant unit; once someone moves in, the
 * unit is no longer vacant, so the move-in waits until the entrusted key is collected (KEY-05) or kept from then on as
 * the occupant's spare with their consent ({@link KeyDesk#keepAsSpare}).
 */
public final class KeyObjections implements MoveInObjections {
    private final KeyStore store;

    public KeyObjections(KeyStore store) {
        this.store = store;
    }

    @Override
    public List<Refusal> toMoveIn(UnitId unit) {
        return store.keys().ofUnit(unit).stream().filter(Key::entrustedInCustody)
                .map(k -> KeyRefusals.ENTRUSTED_KEY_IN_CUSTODY.refuse("key #" + k.number() + " was entrusted for the "
                        + "vacant unit: it is collected (KEY-05), or kept as the occupant's spare with their consent, before "
                        + "anyone moves in", Map.of("number", k.number(), "key", k.id().toString())))
                .toList();
    }
}
