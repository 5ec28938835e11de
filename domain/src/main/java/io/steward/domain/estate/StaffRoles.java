package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.in.AssignRoles;
import io.steward.ports.shared.out.RoleGrants;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grants and revokes roles (DOMAIN.md §0). Company-wide grants and management roles are COMPANY_GM's; a project
 * manager staffs their own estate with the operational roles. Lives in the estate context because a grant names
 * an estate that must exist.
 *
 * <p>A resident's role is granted for one unit of the estate, by its project manager (or COMPANY_GM): OWNER for a unit
 * that was handed over, TENANT for a unit with a tenant. It ends with what made it true — the owner's with a transfer
 * of the unit, the tenant's with their move-out — as the system ({@link #residentsLeave}).
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
            if (grant.actorId().equals(actor.id()) && !isCompanyGm(actor)) {
                // nobody raises their own authority: a project manager does not make themself archivist or cashier
                throw new AccessDenied("grant yourself a role", Set.of(Role.COMPANY_GM));
            }
            grants.grant(grant);
            useCases.audit(actor, grant.estate(), "role.grant", "person", grant.actorId(), describe(grant));
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
            useCases.audit(actor, grant.estate(), "role.revoke", "person", grant.actorId(), describe(grant));
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

    /**
     * The residents' grants of a role on the unit end (a reaction: the owner's at a transfer, the tenant's at their
     * move-out), audited.
     */
    public void residentsLeave(UnitId unit, Role role, String why) {
        useCases.run(() -> {
            for (RoleGrant g : grants.residentsOf(unit.value())) {
                if (g.role() == role) {
                    grants.revoke(g);
                    useCases.audit(useCases.access().actor(), g.estate(), "role.revoke", "person", g.actorId(),
                            role + " of unit " + unit + ": " + why);
                }
            }
            return null;
        });
    }

    /** A resident's role names a unit of the estate that has such a resident. */
    private void residentOfTheUnit(RoleGrant grant) {
        UnitState unit = store.unit(new UnitId(grant.unit()));
        if (!unit.estate().equals(grant.estate())) {
            throw new NotFound("unit", grant.unit());
        }
        boolean resident = grant.role() == Role.OWNER
                ? unit.occupancy() != Occupancy.NOT_TAKEN_OVER && store.active(unit.id(), Party.OWNER).isPresent()
                : store.active(unit.id(), Party.TENANT).isPresent();
        if (!resident) {
            throw EstateRefusals.NO_SUCH_RESIDENT.refuse("unit " + unit.code() + " has no " + (grant.role() == Role.OWNER
                    ? "owner: it was not handed over" : "tenant") + "; a resident's role is granted to its resident",
                    Map.of("unit", unit.code(), "role", grant.role().name()));
        }
    }

    private Actor authorize(RoleGrant grant, String action) {
        if (grant.role().resident()) {
            Actor actor = useCases.access().require(grant.estate(), "estate", grant.estate(), action,
                    Set.of(Role.PROJECT_MANAGER, Role.COMPANY_GM));
            store.estate(grant.estate());
            if (action.startsWith("grant")) {
                residentOfTheUnit(grant);
            }
            return actor;
        }
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

    private static String describe(RoleGrant grant) {
        return grant.role().name() + (grant.unit() == null ? "" : " of unit " + grant.unit());
    }

    private boolean isCompanyGm(Actor me) {
        return grants.grantsOf(me.id()).stream().anyMatch(g -> g.estate() == null && g.role() == Role.COMPANY_GM);
    }
}
