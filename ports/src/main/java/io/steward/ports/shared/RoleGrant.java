package io.steward.ports.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A role held by a person in one estate, or in every estate of the company when {@code estate} is empty.
 *
 * @param actorId the login of the person
 * @param estate  the estate, or {@code null} for a company-wide grant
 * @param role    the role
 */
public record RoleGrant(String actorId, EstateId estate, Role role) {
    public RoleGrant {
        Objects.requireNonNull(actorId, "actor id");
        Objects.requireNonNull(role, "role");
    }

    public static RoleGrant companyWide(String actorId, Role role) {
        return new RoleGrant(actorId, null, role);
    }

    public Optional<EstateId> estateScope() {
        return Optional.ofNullable(estate);
    }

    public boolean reaches(EstateId target) {
        return estate == null || estate.equals(target);
    }
}
