package io.steward.ports.shared.out;

import io.steward.ports.shared.Actor;

/** Who is calling right now. The REST adapter answers from the security context; an ERP from its session. */
public interface Caller {
    Actor current();
}
