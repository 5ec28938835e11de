package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.domain.shared.Access;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import java.util.Map;

/**
 * KEY-02, a named policy: only the estate's designated key manager, or a deputy the project manager designated, moves a
 * key — registers it, hands it out, takes it back, releases it. Every other member of staff, whatever their roles, is
 * refused; a reaction of the domain assembly (the system) follows the estate desk's acts.
 */
final class Keepers {
    private Keepers() {
    }

    /** The register of the estate; an estate whose management has not designated a key manager keeps none yet. */
    static KeyRegisterState register(KeyStore store, EstateId estate) {
        return store.registers().find(estate).orElseThrow(() -> KeyRefusals.NO_KEY_MANAGER.refuse(
                "the estate has no designated key manager yet; the project manager designates one first"));
    }

    /** Refuses anyone but the key manager and the deputies (and the system following another context). */
    static void require(KeyRegisterState register, Access access, String action) {
        Actor actor = access.actor();
        if (access.isSystem() || register.keptBy(actor.id())) {
            return;
        }
        throw KeyRefusals.NOT_THE_KEY_MANAGER.refuse(actor.id() + " may not " + action + ": only the designated key "
                + "manager (" + register.keyManager() + ") or a deputy the project manager designated moves keys",
                Map.of("keyManager", register.keyManager(), "person", actor.id()));
    }
}
