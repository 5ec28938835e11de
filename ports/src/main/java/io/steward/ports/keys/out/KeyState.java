package io.steward.ports.keys.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/**
 * A key (or a set of keys on one ring) in the register.
 *
 * @param number      its number in the estate's register (KEY-02), from 1 without gaps
 * @param unit        the unit it opens, or null for a common area
 * @param commonArea  the common area it opens (plant room, roof door …), or null for a unit key
 * @param copies      how many keys the set holds
 * @param entrustedBy who entrusted it (KEY-04); the only person who may collect it (KEY-05)
 * @param entrusterIdentity a digest of the entrusting person's identity document, to verify who collects (KEY-05)
 * @param disclaimer  the no-liability disclaimer the entrusting owner acknowledged (KEY-04)
 * @param holder      who holds it now (KEY-12): the key manager while it is in the cabinet
 * @param dueAt       when a key that is out must be back (KEY-07), else null
 * @param reference   the incident, work order or handover the current status refers to
 * @param since       when it reached its current status
 * @param movements   how many movements its history holds; the next one is number {@code movements + 1}
 * @param remindedAt  when the holder of a key out past due was reminded (KEY-07), else null: once each time it is out
 */
public record KeyState(KeyId id, EstateId estate, long number, String label, UnitId unit, String unitCode,
                       String commonArea, int copies, CustodyReason reason, String entrustedBy, String entrusterIdentity,
                       String disclaimer,
                       KeyStatus status, String holder, Instant dueAt, String reference, Instant since, int movements,
                       Instant remindedAt, long version) {

    /** The same key as stored under {@code version}: what an adapter answers after a write. */
    public KeyState withVersion(long version) {
        return new KeyState(id, estate, number, label, unit, unitCode, commonArea, copies, reason, entrustedBy,
                entrusterIdentity, disclaimer, status, holder, dueAt, reference, since, movements, remindedAt, version);
    }
}
