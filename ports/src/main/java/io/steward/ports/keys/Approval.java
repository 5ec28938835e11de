package io.steward.ports.keys;

import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Role;

/**
 * An approval given by a person in a role (KEY-08, KEY-11), recorded as a fact; the library checks that the person
 * holds the role in the estate.
 */
public record Approval(String person, Role role) {
    public Approval {
        if (person == null || person.isBlank() || role == null) {
            throw new InvalidInput("an approval names the person and the role they approve in");
        }
    }
}
