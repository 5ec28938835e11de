package io.steward.ports.keys.out;

import io.steward.ports.keys.Approval;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.util.List;

/**
 * One line of a key's history (KEY-12), never edited or deleted.
 *
 * @param seq         1, 2, 3 … per key
 * @param from        who held the key before
 * @param to          who holds it after
 * @param party       the person outside the staff the movement names — the owner, the entrusting person, a collector,
 *                    a visitor, a recipient — whose name is personal data (EST-08); {@code from}, {@code to} and the
 *                    signatures name them only where they hold or sign, never in the reason
 * @param actor       who recorded the movement
 * @param reason      why: the purpose of a check-out, the circumstances of a loss …
 * @param reference   incident, work order or handover it belongs to
 * @param dueAt       when it must be back, for keys that go out
 * @param signatures  who signed for it (the receiving person, the key manager …)
 * @param approvals   the approvals it used (KEY-08) or that decided it (KEY-09), as given
 * @param accountable who is accountable (KEY-09)
 */
public record KeyMovement(KeyId key, EstateId estate, int seq, MovementKind kind, String from, String to, String party,
                          String actor,
                          String reason, String reference, Instant dueAt, List<String> signatures,
                          List<Approval> approvals, List<String> accountable, Instant at) {
    public KeyMovement {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        approvals = approvals == null ? List.<Approval>of() : List.copyOf(approvals);
        accountable = accountable == null ? List.of() : List.copyOf(accountable);
    }
}
