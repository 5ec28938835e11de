package io.steward.ports.shared;

import java.util.Objects;

/**
 * Who is acting: an authenticated person, identified by the login the adapters know them by.
 *
 * @param id   stable login / subject, never blank
 * @param name display name for records and signatures
 */
public record Actor(String id, String name) {
    public Actor {
        Objects.requireNonNull(id, "actor id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank");
        }
        name = name == null || name.isBlank() ? id : name;
    }

    /** The actor used by system jobs (census deadlines, imports run by the server itself). */
    public static final Actor SYSTEM = new Actor("system", "Steward");
}
