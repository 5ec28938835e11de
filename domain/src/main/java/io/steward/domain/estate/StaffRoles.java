package io.steward.domain.estate;

import io.steward.domain.shared.UseCases;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.in.AssignRoles;
import io.steward.ports.shared.out.RoleGrants;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Grants and revokes roles (DOMAIN.md §0). Company-wide grants and management roles are COMPANY_GM's; a project
 * manager staffs their own estate with the operational roles. Lives in the estate context because a grant names
 * an estate that must exist.
 */
public final class StaffRoles implements AssignRoles {
    /** Roles that carry approval authority: only company leadership hands them out. */
    private static final Set<Role> MANAGEMENT = EnumSet.of(Role.PROJECT_MANAGER, Role.PROJECT_GM, Role.COMPANY_GM);

    private final UseCases useCases;
    private final EstateStore store;
    private final RoleGrants grants;

    public StaffRoles(UseCases useCases, EstateStore store, RoleGrants grants) {
        this.useCases = useCases;
        this.store = store;
        this.grants = grants;
    }

    @Override
    public List<RoleGrant> grant(RoleGrant grant) {
        return useCases.run(() -> {
            Actor actor = authorize(grant, "grant a role");
            grants.grant(grant);
            useCases.audit(actor, grant.estate(), "role.grant", "person", grant.actorId(), grant.role().name());
            return grants.grantsOf(grant.actorId());
        });
    }

    @Override
    public List<RoleGrant> revoke(RoleGrant grant) {
        return useCases.run(() -> {
            Actor actor = authorize(grant, "revoke a role");
            if (!grants.grantsOf(grant.actorId()).contains(grant)) {
                throw new NotFound("role grant", grant.actorId() + "/" + grant.role());
            }
            grants.revoke(grant);
            useCases.audit(actor, grant.estate(), "role.revoke", "person", grant.actorId(), grant.role().name());
            return grants.grantsOf(grant.actorId());
        });
    }

    @Override
    public List<RoleGrant> grantsOf(String actorId) {
        return useCases.run(() -> {
            Actor me = useCases.access().actor();
            List<RoleGrant> held = grants.grantsOf(actorId);
            if (me.id().equals(actorId) || isCompanyGm(me)) {
                return held;
            }
            // a project manager sees the grants in the estates they manage, nothing else
            return held.stream()
                    .filter(g -> g.estate() != null && useCases.access().rolesIn(g.estate()).contains(Role.PROJECT_MANAGER))
                    .toList();
        });
    }

    private Actor authorize(RoleGrant grant, String action) {
        if (grant.estate() == null || MANAGEMENT.contains(grant.role())) {
            if (grant.estate() != null) {
                // a caller who cannot see the estate learns nothing about it
                useCases.access().requireAny(grant.estate(), "estate", grant.estate());
                store.estate(grant.estate());
            }
            return useCases.access().requireCompanyWide(Role.COMPANY_GM, action + " " + grant.role()
                    + (grant.estate() == null ? " company-wide" : ""));
        }
        Actor actor = useCases.access().require(grant.estate(), "estate", grant.estate(), action,
                Set.of(Role.PROJECT_MANAGER, Role.COMPANY_GM));
        store.estate(grant.estate());
        return actor;
    }

    private boolean isCompanyGm(Actor me) {
        return grants.grantsOf(me.id()).stream().anyMatch(g -> g.estate() == null && g.role() == Role.COMPANY_GM);
    }
}
