package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.domain.shared.Access;
import io.steward.ports.shared.EstateId;
import java.util.Map;

/**
 * KEY-06, KEY-07, KEY-10, a named policy: a key that leaves the cabinet is held by a member of the estate's own staff —
 * never by an owner, a visitor or a contractor — and whoever signs for it is the person who takes it.
 */
final class StaffHolders {
    private StaffHolders() {
    }

    static boolean isStaff(Access access, String person, EstateId estate) {
        return access.rolesOf(person, estate).stream().anyMatch(Access.STAFF::contains);
    }

    /** Refuses a holder who is not staff of the estate, naming the rule the movement serves. */
    static void require(Access access, String person, EstateId estate, KeyRefusals refusal, String why) {
        if (!isStaff(access, person, estate)) {
            throw refusal.refuse(person + " is not staff of the estate; " + why, Map.of("person", person));
        }
    }

    /** The signature on a movement is the holder's own. */
    static void signedBy(String signature, String holder, String rule) {
        if (!KeyRules.sameName(signature, holder)) {
            throw KeyRefusals.SIGNATURE_NOT_THE_HOLDER.refuseFor(rule,  "the person who takes the key signs for it: " + holder,
                    Map.of("holder", holder));
        }
    }
}
