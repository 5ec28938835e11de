package io.steward.ports.shared;

import java.util.Map;
import java.util.Set;

/** The caller holds roles in the estate, but none of those the use case needs. */
public class AccessDenied extends Refusal {
    private static final long serialVersionUID = 1L;

    public AccessDenied(String action, Set<Role> needed) {
        super(null, "access-denied", action + " needs one of the roles " + needed,
                Map.of("action", action, "neededRoles", needed.stream().map(Enum::name).sorted().toList()));
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
