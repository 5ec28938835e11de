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
                return new Conflict(null, "constraint-violated", "the change conflicts with a record that exists already",
                        Map.of("sqlState", sql.getSQLState()));
            }
            t = t.getCause();
        }
        return e;
    }
}
