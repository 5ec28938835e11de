package io.steward.domain.keys;

import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.keys.KeyMoved;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.MovementView;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.shared.Actor;
import java.util.List;

/**
 * Writes a key's transition — the key (optimistically), its new line of history, the audit record, the event — and
 * shows keys and lines as the use cases answer them: names of people outside the staff masked unless the caller holds
 * the grant to read the unit's personal data (EST-08).
 */
final class KeyBook {
    private final UseCases useCases;
    private final KeyStore store;
    private final Privacy privacy;

    KeyBook(UseCases useCases, KeyStore store, Privacy privacy) {
        this.useCases = useCases;
        this.store = store;
        this.privacy = privacy;
    }

    /** Writes the key and its new line of history, audits and publishes it; answers the key as stored. */
    KeyState record(Key key, Actor actor, String audit) {
        KeyState stored = store.keys().save(key.state());
        KeyMovement m = key.movement().orElseThrow();
        store.movements().append(m);
        useCases.audit(actor, stored.estate(), audit, "key", stored.id(), "#" + stored.number() + " " + m.kind() + " → "
                + stored.status());
        useCases.publish(new KeyMoved(stored.id(), stored.estate(), stored.number(), stored.unit(), m.kind(), stored.status(),
                mask(m.from(), m.party()), mask(m.to(), m.party()), actor.id(), m.at()));
        return stored;
    }

    KeyView save(Key key, Actor actor, String audit) {
        return view(record(key, actor, audit));
    }

    /** The key as the caller may see it. */
    KeyView view(KeyState s) {
        boolean plain = s.unit() != null && privacy.unmasked(s.estate(), s.unit(), "key", s.id());
        String entrusted = plain ? s.entrustedBy() : PersonalData.maskName(s.entrustedBy());
        String holder = plain || !s.status().heldByParty() ? s.holder() : PersonalData.maskName(s.holder());
        return new KeyView(s.id(), s.estate(), s.number(), s.label(), s.unit(), s.unitCode(), s.commonArea(), s.copies(),
                s.reason(), entrusted, s.disclaimer(), s.status(), holder, s.dueAt(), s.reference(), s.since(), s.remindedAt(),
                s.movements(), !plain, s.version());
    }

    /** The key's history as the caller may see it: the party masked wherever they hold or sign. */
    List<MovementView> history(KeyState key, List<KeyMovement> lines) {
        boolean plain = key.unit() != null && privacy.unmasked(key.estate(), key.unit(), "key", key.id());
        return lines.stream().map(m -> new MovementView(m.key(), m.seq(), m.kind(), plain ? m.from() : mask(m.from(), m.party()),
                plain ? m.to() : mask(m.to(), m.party()), plain ? m.party() : PersonalData.maskName(m.party()), m.actor(),
                m.reason(), m.reference(), m.dueAt(), plain ? m.signatures()
                        : m.signatures().stream().map(sig -> mask(sig, m.party())).toList(), m.approvals(), m.accountable(),
                m.at(), !plain)).toList();
    }

    /** {@code value} masked where it is the party's name. */
    private static String mask(String value, String party) {
        return party != null && party.equals(value) ? PersonalData.maskName(value) : value;
    }
}
