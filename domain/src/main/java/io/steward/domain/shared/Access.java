package io.steward.domain.shared;

import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.out.Caller;
import io.steward.ports.shared.out.RoleGrants;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Authorization by estate (DOMAIN.md §0): staff roles are granted per estate, or company-wide. A caller with no role
 * at all in an object's estate is told the object does not exist; a caller with roles there, but not the one
 * needed, is refused as forbidden.
 *
 * <p>A resident's role (OWNER, TENANT) is confined to one unit and is not a role "in the estate": it counts for
 * nothing in {@link #rolesIn}, {@link #require} or {@link #requireAny}, so that every estate-wide read and every act of
 * the staff answers a resident "not found". Reads of one unit's own records ask {@link #requireReader} with the unit,
 * which lets the unit's residents in — and nobody else's.
 */
public final class Access {
    private final Caller caller;
    private final RoleGrants grants;
    private final ThreadLocal<Boolean> system = new ThreadLocal<>();

    public Access(Caller caller, RoleGrants grants) {
        this.caller = Objects.requireNonNull(caller);
        this.grants = Objects.requireNonNull(grants);
    }

    public Actor actor() {
        return isSystem() ? Actor.SYSTEM : caller.current();
    }

    /**
     * Runs a reaction to another context's event as the system (ARCHITECTURE: a reaction runs as the system, not under
     * the roles of whoever caused the event): {@link #actor()} is {@link Actor#SYSTEM}, recorded as such, and the
     * reaction's own rules still apply. Only the domain assembly's reactions call it.
     */
    public <T> T asSystem(Supplier<T> work) {
        Boolean before = system.get();
        system.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                system.remove();
            } else {
                system.set(before);
            }
        }
    }

    public boolean isSystem() {
        return Boolean.TRUE.equals(system.get());
    }

    /** The caller's staff roles in the estate, company-wide grants included (residents' grants are confined to a unit). */
    public Set<Role> rolesIn(EstateId estate) {
        return isSystem() ? STAFF : rolesOf(actor().id(), estate);
    }

    /**
     * The roles a person holds in the estate, company-wide grants included: approvals and signatures recorded as
     * facts (KEY-08, KEY-11) are checked against them.
     */
    public Set<Role> rolesOf(String person, EstateId estate) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (RoleGrant g : grants.grantsOf(person)) {
            if (g.reaches(estate)) {
                roles.add(g.role());
            }
        }
        return roles;
    }

    /**
     * Requires one of {@code needed} in the estate of the object.
     *
     * @param objectType what the caller asked for, for the not-found answer
     * @param objectId   its id
     * @return the acting person
     */
    public Actor require(EstateId estate, String objectType, Object objectId, String action, Set<Role> needed) {
        Set<Role> held = rolesIn(estate);
        if (held.isEmpty()) {
            throw new NotFound(objectType, objectId);
        }
        if (held.stream().noneMatch(needed::contains)) {
            throw new AccessDenied(action, needed);
        }
        return actor();
    }

    /** Any staff role in the estate will do (reading the estate's records). */
    public Actor requireAny(EstateId estate, String objectType, Object objectId) {
        if (rolesIn(estate).isEmpty()) {
            throw new NotFound(objectType, objectId);
        }
        return actor();
    }

    /**
     * Reading one unit's own records: any staff role in the estate, or a resident's role confined to that unit (an
     * owner or tenant sees their own unit only). {@code unit} null (a common area's key) admits staff only.
     */
    public Actor requireReader(EstateId estate, UUID unit, String objectType, Object objectId) {
        if (isSystem()) {
            return actor();
        }
        // the caller's grants, read once: a staff role reaching the estate, or a resident's role for this unit of it
        List<RoleGrant> mine = grants.grantsOf(actor().id());
        boolean staff = mine.stream().anyMatch(g -> g.reaches(estate));
        boolean resident = unit != null && mine.stream().anyMatch(g -> g.confinedTo(unit) && estate.equals(g.estate()));
        if (!staff && !resident) {
            throw new NotFound(objectType, objectId);
        }
        return actor();
    }

    /** Requires a company-wide grant of the role (registering estates). */
    public Actor requireCompanyWide(Role role, String action) {
        if (isSystem()) {
            return actor();
        }
        List<RoleGrant> mine = grants.grantsOf(actor().id());
        if (mine.stream().noneMatch(g -> g.estate() == null && g.role() == role)) {
            throw new AccessDenied(action, Set.of(role));
        }
        return actor();
    }

    /** A filter for the estates the caller can see: where they hold a staff role (a resident sees their unit only). */
    public Predicate<EstateId> visibleEstates() {
        if (isSystem()) {
            return estate -> true;
        }
        List<RoleGrant> mine = grants.grantsOf(actor().id());
        return estate -> mine.stream().anyMatch(g -> g.reaches(estate));
    }

    /** Staff roles: everyone but owners and tenants. */
    public static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.OWNER, Role.TENANT));
}
