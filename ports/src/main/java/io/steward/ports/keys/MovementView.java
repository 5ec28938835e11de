package io.steward.ports.keys;

import java.time.Instant;
import java.util.List;

/**
 * A line of a key's history as the use cases show it (KEY-12): the person outside the staff it names ({@code party}) is
 * masked wherever they appear — holder, signature — unless the caller holds the grant to read the unit's personal data
 * (EST-08); {@code masked} says which.
 */
public record MovementView(KeyId key, int seq, MovementKind kind, String from, String to, String party, String actor,
                           String reason, String reference, Instant dueAt, List<String> signatures, List<Approval> approvals,
                           List<String> accountable, Instant at, boolean masked) {
    public MovementView {
        signatures = List.copyOf(signatures);
        approvals = List.copyOf(approvals);
        accountable = List.copyOf(accountable);
    }
}
