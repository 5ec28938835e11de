package io.steward.ports.keys;

import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.Role;
import java.time.Instant;

/**
 * An approval a key movement needed (KEY-08, KEY-09, KEY-11), as given: the approval act of the shared mechanism, who
 * gave it, in which role and when — never a name typed in by whoever recorded the movement.
 */
public record Approval(ApprovalId approval, String person, Role role, Instant at) {
}
