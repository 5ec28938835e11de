package io.steward.adapter.jpa;

import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.Refusal;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Map;

/**
 * Translates provider failures into the ports' refusals where they are one: a stale write is a ConcurrentUpdate, a
 * violated constraint a Conflict. Public for the composition root's container-managed transactions.
 */
public final class Failures {
    private Failures() {
    }

    public static RuntimeException translate(RuntimeException e) {
        if (e instanceof Refusal) {
            return e;
        }
        Throwable t = e;
        while (t != null) {
            if (t instanceof OptimisticLockException) {
                return new ConcurrentUpdate("record", "?", -1);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return constraint(sql.getSQLState());
            }
            t = t.getCause();
        }
        return e;
    }

    /** SQL state class 23, integrity constraint violation, by what it says (the same codes on H2 and PostgreSQL). */
    private static Conflict constraint(String state) {
        String message = switch (state) {
            case "23505" -> "the change conflicts with a record that exists already";
            case "23503" -> "the change names a record that does not exist";
            case "23514" -> "the change holds a value the database does not admit";
            default -> "the change violates a constraint of the database";
        };
        return new Conflict(null, "constraint-violated", message, Map.of("sqlState", state));
    }
}
