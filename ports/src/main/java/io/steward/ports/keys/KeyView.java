package io.steward.ports.keys;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/**
 * A key of the register as the use cases show it: where it is, who holds it, why the company keeps it. It leaves out
 * what only the register itself compares — the digest of the entrusting person's identity document (KEY-05): an
 * identity number has so few possible values that its digest would give it away (EST-08).
 *
 * @param number      its number in the estate's register (KEY-02)
 * @param unit        the unit it opens, or null for a common area
 * @param commonArea  the common area it opens, or null for a unit key
 * @param copies      how many keys the set holds
 * @param entrustedBy who entrusted it (KEY-04), the only person who may collect it (KEY-05)
 * @param disclaimer  the no-liability disclaimer the entrusting owner acknowledged (KEY-04)
 * @param holder      who holds it now (KEY-12): "cabinet" while it is locked away
 * @param dueAt       when a key that is out must be back (KEY-07)
 * @param reference   the incident, work order or handover its status refers to
 * @param since       when it reached its status
 * @param remindedAt  when the holder was reminded that the key is overdue (KEY-07), if they were this time out
 * @param movements   how many lines its history holds
 * @param masked      whether the names of people outside the staff ({@code entrustedBy}, a holder who is one) are masked
 *                    (EST-08: unless the caller holds the grant to read the unit's personal data)
 */
public record KeyView(KeyId id, EstateId estate, long number, String label, UnitId unit, String unitCode, String commonArea,
                      int copies, CustodyReason reason, String entrustedBy, String disclaimer, KeyStatus status,
                      String holder, Instant dueAt, String reference, Instant since, Instant remindedAt, int movements,
                      boolean masked, long version) {
}
