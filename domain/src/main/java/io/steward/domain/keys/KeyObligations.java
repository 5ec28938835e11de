package io.steward.domain.keys;

import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.OpenObligations;
import io.steward.ports.keys.KeyObligation;
import java.util.List;
import java.util.Set;

/**
 * EST-07 seen from the key register: keys the owner entrusted (KEY-04) and the company still holds are an obligation
 * of the owner that a transfer must dispose of explicitly — otherwise the old owner could still collect the key of a
 * unit that is no longer theirs (KEY-05). {@link KeyCustody#followTransfer} carries the disposition out.
 */
public final class KeyObligations implements OpenObligations {
    private final KeyStore store;

    public KeyObligations(KeyStore store) {
        this.store = store;
    }

    @Override
    public List<Declared> declared() {
        return List.of(KeyObligation.DECLARED);
    }

    @Override
    public Set<Obligation> of(UnitId unit) {
        return store.keys().ofUnit(unit).stream().anyMatch(Key::entrustedInCustody) ? Set.of(KeyObligation.ENTRUSTED_KEYS) : Set.of();
    }
}
