package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;
import java.time.Instant;

/** EST-09: the call to the owner when someone else carries goods out: when, whether reached, what they said. */
public record OwnerCall(Instant at, boolean reached, boolean agreed, String answer) {
    public OwnerCall {
        if (at == null) {
            throw new InvalidInput("the time of the call is required");
        }
        if (agreed && !reached) {
            throw new InvalidInput("an owner who was not reached cannot have agreed");
        }
        answer = answer == null ? "" : answer;
    }
}
