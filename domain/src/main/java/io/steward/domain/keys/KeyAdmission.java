package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.in.KeepKeyRegister;
import java.util.List;
import java.util.Map;

/**
 * KEY-01 and KEY-04, a named policy: which keys may enter the register, and who stands behind each one.
 * <ul>
 *   <li>the developer's keys of a unit (NOT_TAKEN_OVER, DEVELOPER_HANDOVER) only while it is not taken over;</li>
 *   <li>an owner entrusts the key of a vacant unit only, is the owner on the archive (name and identity document), and
 *       acknowledges that the company takes no custody liability for the contents;</li>
 *   <li>a key of a taken-over unit otherwise enters only as the occupant's spare, with the occupant's recorded consent
 *       (an owner or tenant on the unit's active archives, identity checked);</li>
 *   <li>a key is kept for rectification only at the handover, never registered as one.</li>
 * </ul>
 */
final class KeyAdmission {
    private KeyAdmission() {
    }

    /** Who entrusted a key, or consented to its custody: the person on the archive, and the digest of their document. */
    record Entruster(String person, String identityDigest) {
    }

    /**
     * @param unit      the unit the key opens, or null for a common area
     * @param archives  the unit's archives (owners and tenants, every status)
     * @return who stands behind the key, or null when nobody does (the developer's keys, a common area's)
     */
    static Entruster admit(UnitState unit, KeepKeyRegister.Registration r, List<ArchiveState> archives) {
        if (unit == null) {
            if (r.reason().needsUnit()) {
                throw KeyRefusals.UNIT_KEY_ONLY.refuse(r.reason() + " keys open a unit; name the unit");
            }
            return null;
        }
        boolean takenOver = unit.occupancy() != Occupancy.NOT_TAKEN_OVER;
        return switch (r.reason()) {
            case NOT_TAKEN_OVER, DEVELOPER_HANDOVER -> {
                if (takenOver) {
                    throw KeyRefusals.UNIT_TAKEN_OVER.refuse("unit " + unit.code() + " is " + unit.occupancy()
                            + "; the company keeps the developer's keys only while it is not taken over — a key of an "
                            + "occupied unit enters the register only as the occupant's spare, with their consent",
                            Map.of("occupancy", unit.occupancy().name()));
                }
                yield null;
            }
            case OWNER_ENTRUSTED -> entrustedByTheOwner(unit, r, archives);
            case SPARE -> takenOver ? occupantsSpare(unit, r, archives) : null;
            case RECTIFICATION -> throw KeyRefusals.RECTIFICATION_KEY_KEPT_AT_HANDOVER.refuse("a key is kept for "
                    + "rectification at the handover, when the key manager hands the unit's keys for it; it is never "
                    + "registered as one");
        };
    }

    private static Entruster entrustedByTheOwner(UnitState unit, KeepKeyRegister.Registration r, List<ArchiveState> archives) {
        if (unit.occupancy() != Occupancy.VACANT) {
            throw KeyRefusals.ONLY_VACANT_UNITS.refuse("owners entrust keys of vacant units only; unit "
                    + unit.code() + " is " + unit.occupancy(), Map.of("occupancy", unit.occupancy().name()));
        }
        ArchiveState owner = archives.stream().filter(a -> a.party() == io.steward.ports.estate.Party.OWNER
                && a.status() == ArchiveStatus.ACTIVE).reduce((a, b) -> b).orElse(null);
        if (owner == null || !KeyRules.isPerson(owner.person(), r.entrustment().person(), r.entrustment().identityDocument())) {
            throw KeyRefusals.NOT_THE_OWNER_KEY04.refuse("only the owner of unit " + unit.code() + " entrusts its keys: the "
                    + "person and identity document do not match the owner archive");
        }
        if (!r.entrustment().disclaimerAcknowledged()) {
            throw KeyRefusals.DISCLAIMER_NOT_ACKNOWLEDGED.refuse("the entrusting owner acknowledges that the company "
                    + "takes no custody liability for the contents: " + KeyRegistry.DISCLAIMER);
        }
        return new Entruster(owner.person().name(), KeyRules.digest(owner.person().idNumber()));
    }

    private static Entruster occupantsSpare(UnitState unit, KeepKeyRegister.Registration r, List<ArchiveState> archives) {
        if (r.entrustment() == null || !r.entrustment().disclaimerAcknowledged()) {
            throw KeyRefusals.OCCUPANT_CONSENT_REQUIRED.refuse("unit " + unit.code() + " is taken over ("
                    + unit.occupancy() + "): the company keeps a spare key of it only with the occupant's recorded consent — "
                    + "name them, their identity document, and their acknowledgement of the disclaimer",
                    Map.of("occupancy", unit.occupancy().name()));
        }
        ArchiveState occupant = occupant(archives, r.entrustment().person(), r.entrustment().identityDocument());
        if (occupant == null) {
            throw KeyRefusals.NOT_AN_OCCUPANT.refuse("only an owner or tenant on the archive of unit " + unit.code()
                    + " consents to the company keeping their spare key");
        }
        return new Entruster(occupant.person().name(), KeyRules.digest(occupant.person().idNumber()));
    }

    /** The owner or tenant on the unit's active archives who is this person, if any. */
    static ArchiveState occupant(List<ArchiveState> archives, String person, String identityDocument) {
        return archives.stream().filter(a -> a.status() == ArchiveStatus.ACTIVE)
                .filter(a -> KeyRules.isPerson(a.person(), person, identityDocument)).findFirst().orElse(null);
    }
}
