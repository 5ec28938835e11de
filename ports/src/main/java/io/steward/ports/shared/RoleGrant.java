package io.steward.ports.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A role held by a person in one estate, or in every estate of the company when {@code estate} is empty. A resident's
 * role (OWNER, TENANT) is confined to one unit of one estate: it reaches that unit's own records and nothing else of
 * the estate (DOMAIN.md §0: "self-service: own unit").
 *
 * @param actorId the login of the person
 * @param estate  the estate, or {@code null} for a company-wide grant
 * @param role    the role
 * @param unit    for a resident's role, the unit (the value of the estate context's unit id) it is confined to; for a
 *                staff role {@code null}
 */
public record RoleGrant(String actorId, EstateId estate, Role role, UUID unit) {
    public RoleGrant {
        Objects.requireNonNull(actorId, "actor id");
        Objects.requireNonNull(role, "role");
        if (role.resident() && (estate == null || unit == null)) {
            throw new InvalidInput("a " + role + " role is granted for one unit of one estate: name the estate and the unit");
        }
        if (!role.resident() && unit != null) {
            throw new InvalidInput("a staff role (" + role + ") is granted for an estate, not for a unit");
        }
    }

    /** A staff role in the estate, or company-wide when {@code estate} is null. */
    public static RoleGrant of(String actorId, EstateId estate, Role role) {
        return new RoleGrant(actorId, estate, role, null);
    }

    public static RoleGrant companyWide(String actorId, Role role) {
        return new RoleGrant(actorId, null, role, null);
    }

    /** An owner's or a tenant's role, confined to their unit. */
    public static RoleGrant resident(String actorId, EstateId estate, Role role, UUID unit) {
        if (!role.resident()) {
            throw new InvalidInput(role + " is not a resident's role (OWNER, TENANT)");
        }
        return new RoleGrant(actorId, estate, role, unit);
    }

    public Optional<EstateId> estateScope() {
        return Optional.ofNullable(estate);
    }

    /** Whether this staff grant reaches the estate (a resident's grant reaches only its unit: see {@link #confinedTo}). */
    public boolean reaches(EstateId target) {
        return unit == null && (estate == null || estate.equals(target));
    }

    /** Whether this is a resident's grant for that unit. */
    public boolean confinedTo(UUID target) {
        return unit != null && unit.equals(target);
    }
}
