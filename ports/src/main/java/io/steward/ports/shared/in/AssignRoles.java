package io.steward.ports.shared.in;

import io.steward.ports.shared.RoleGrant;
import java.util.List;

/**
 * DOMAIN.md §0: roles are granted per estate (or company-wide). COMPANY_GM grants anything; a PROJECT_MANAGER
 * grants staff roles in their own estate but never a management role, so nobody raises their own authority.
 * Every grant and revocation is audited.
 */
public interface AssignRoles {
    /** Grants the role; returns every grant the person now holds. */
    List<RoleGrant> grant(RoleGrant grant);

    /** Revokes the role; returns every grant the person still holds. */
    List<RoleGrant> revoke(RoleGrant grant);

    /** The grants of one person, for whoever may grant in at least one of their estates, or the person themself. */
    List<RoleGrant> grantsOf(String actorId);
}
