package io.steward.ports.shared.out;

import io.steward.ports.shared.RoleGrant;
import java.util.List;
import java.util.UUID;

/** The roles people hold, per estate or company-wide. */
public interface RoleGrants {
    List<RoleGrant> grantsOf(String actorId);

    /** The residents' grants (OWNER, TENANT) confined to the unit. */
    List<RoleGrant> residentsOf(UUID unit);

    /** Adds the grant unless it is already held. */
    void grant(RoleGrant grant);

    void revoke(RoleGrant grant);
}
