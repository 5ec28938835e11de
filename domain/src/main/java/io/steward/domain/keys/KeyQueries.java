package io.steward.domain.keys;

import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.MovementView;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.List;

/** What the key register shows: any staff of the estate reads it; names outside the staff masked (EST-08). */
public final class KeyQueries implements BrowseKeys {
    private final UseCases useCases;
    private final KeyStore store;
    private final KeyBook book;

    KeyQueries(UseCases useCases, KeyStore store, KeyBook book) {
        this.useCases = useCases;
        this.store = store;
        this.book = book;
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
            return store.keys().ofEstate(estate, status, page).map(book::view);
        });
    }

    @Override
    public KeyView key(KeyId id) {
        return useCases.run(() -> book.view(visible(id)));
    }

    @Override
    public List<MovementView> history(KeyId id) {
        return useCases.run(() -> {
            KeyState key = visible(id);
            return book.history(key, store.movements().ofKey(id));
        });
    }

    private KeyState visible(KeyId id) {
        KeyState key = store.key(id);
        useCases.access().requireReader(key.estate(), key.unit() == null ? null : key.unit().value(), "key", id);
        return key;
    }

    @Override
    public List<KeyView> overdue(EstateId estate) {
        return useCases.run(() -> {
            useCases.access().requireAny(estate, "key register", estate);
            return store.keys().overdue(estate, useCases.now()).stream().map(book::view).toList();
        });
    }

    @Override
    public List<KeyView> keysOfUnit(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            useCases.access().requireReader(unit.estate(), unitId.value(), "unit", unitId);
            return store.keys().ofUnit(unitId).stream().map(book::view).toList();
        });
    }
}
