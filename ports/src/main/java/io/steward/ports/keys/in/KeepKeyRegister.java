package io.steward.ports.keys.in;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;

/**
 * KEY-01, KEY-02, KEY-04 钥匙委托管理清册: the project's management designates the key manager, and may designate
 * deputies; every key held is registered under the next number of the estate's register, by the key manager or a
 * deputy — nobody else moves keys.
 */
public interface KeepKeyRegister {
    /** KEY-02: the project manager (or GM) designates the person who keeps the register; they hold KEY_MANAGER. */
    KeyRegisterState designateKeyManager(EstateId estate, String keyManager);

    /** KEY-02: the project manager (or GM) designates a deputy, a member of the estate's staff; recorded with who and when. */
    KeyRegisterState designateDeputy(EstateId estate, String deputy);

    /** KEY-02: the deputy no longer keeps the register. */
    KeyRegisterState revokeDeputy(EstateId estate, String deputy);

    /**
     * KEY-01/02/04: registers a key under the estate's next number (the key manager or a deputy). The developer's keys
     * (NOT_TAKEN_OVER, DEVELOPER_HANDOVER) of a unit only while it is not taken over; a key of a taken-over unit only as
     * the owner's entrusted key of a vacant unit (KEY-04) or as the occupant's spare, with their recorded consent; a key
     * kept for rectification only at the handover.
     */
    KeyView register(EstateId estate, Registration registration);

    /**
     * A key to register.
     *
     * @param unit        the unit it opens, or null with {@code commonArea}
     * @param commonArea  the common area it opens, or null with {@code unit}
     * @param entrustment who entrusts it (OWNER_ENTRUSTED), or who consents to the company keeping their spare (SPARE of
     *                    a taken-over unit): a person on the unit's archive, identity checked
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
            if (entrustment != null && reason != CustodyReason.OWNER_ENTRUSTED && reason != CustodyReason.SPARE) {
                throw new InvalidInput("an entrustment (who entrusts the key, or consents to a spare) goes with "
                        + "OWNER_ENTRUSTED or SPARE only");
            }
            if (reason == CustodyReason.OWNER_ENTRUSTED && entrustment == null) {
                throw new InvalidInput("an entrusted key names who entrusts it (KEY-04)");
            }
        }
    }

    /**
     * KEY-04: who entrusts the key (or consents to the spare), their identity document, and that they acknowledged the
     * company takes no custody liability for the contents of the unit.
     */
    record Entrustment(String person, String identityDocument, boolean disclaimerAcknowledged) {
        public Entrustment {
            person = Texts.required(person, "the person entrusting the key");
            identityDocument = Texts.required(identityDocument, "the identity document of the person entrusting the key");
        }
    }
}
