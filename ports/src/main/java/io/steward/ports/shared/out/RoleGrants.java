package io.steward.ports.shared.out;

import io.steward.ports.shared.RoleGrant;
import java.util.List;

/** The roles people hold, per estate or company-wide. */
public interface RoleGrants {
    List<RoleGrant> grantsOf(String actorId);

    /** Adds the grant unless it is already held. */
    void grant(RoleGrant grant);

    void revoke(RoleGrant grant);
}
