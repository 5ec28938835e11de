package io.steward.ports.keys.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.KeyView;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;

/**
 * KEY-01, KEY-02, KEY-04 钥匙委托管理清册: the project's management designates the key manager; every key held is
 * registered under the next number of the estate's register.
 */
public interface KeepKeyRegister {
    /** KEY-02: the project manager (or GM) designates the person who keeps the register; they hold KEY_MANAGER. */
    KeyRegisterState designateKeyManager(EstateId estate, String keyManager);

    /** KEY-01/02/04: registers a key under the estate's next number (KEY_MANAGER). */
    KeyView register(EstateId estate, Registration registration);

    /**
     * A key to register.
     *
     * @param unit        the unit it opens, or null with {@code commonArea}
     * @param commonArea  the common area it opens, or null with {@code unit}
     * @param entrustment who entrusts it, for {@link CustodyReason#OWNER_ENTRUSTED}
     */
    record Registration(UnitId unit, String commonArea, String label, int copies, CustodyReason reason,
                        Entrustment entrustment) {
        public Registration {
            if (reason == null) {
                throw new InvalidInput("the custody reason is required (KEY-01)");
            }
            commonArea = commonArea == null || commonArea.isBlank() ? null : commonArea.trim();
            if ((unit == null) == (commonArea == null)) {
                throw new InvalidInput("a key opens either a unit or a common area: give exactly one of them");
            }
            if (copies < 1) {
                throw new InvalidInput("a key set holds at least one key");
            }
            label = label == null || label.isBlank() ? null : label.trim();
            if ((reason == CustodyReason.OWNER_ENTRUSTED) != (entrustment != null)) {
                throw new InvalidInput("an entrustment (who entrusts the key) goes with OWNER_ENTRUSTED, and only with it");
            }
        }
    }

    /**
     * KEY-04: who entrusts the key, their identity document, and that they acknowledged the company takes no
     * custody liability for the contents of the unit.
     */
    record Entrustment(String person, String identityDocument, boolean disclaimerAcknowledged) {
        public Entrustment {
            person = Texts.required(person, "the person entrusting the key");
            identityDocument = Texts.required(identityDocument, "the identity document of the person entrusting the key");
        }
    }
}
