package io.steward.adapter.jpa;

import io.steward.ports.shared.StoreConflict;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.Refusal;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Map;

/**
 * Translates provider failures into the ports' refusals where they are one: a stale write is a ConcurrentUpdate, a
 * violated constraint a StoreConflict (the same codes as every adapter). Public for the composition root's container-managed transactions.
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
    private static StoreConflict constraint(String state) {
        Map<String, String> details = Map.of("sqlState", state);
        return switch (state) {
            case "23505" -> StoreConflict.duplicate("record", "with the same key");
            case "23503" -> StoreConflict.missingReference(details);
            case "23514" -> StoreConflict.notAdmitted(details);
            default -> StoreConflict.unspecified(details);
        };
    }
}
