package io.steward.adapter.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Column values of a native query, as the JDBC drivers hand them out, to the types of the ports: PostgreSQL's driver
 * answers {@code java.sql} types, H2 the {@code java.time} ones.
 */
final class SqlValues {
    private SqlValues() {
    }

    static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date column: " + value.getClass().getName());
    }

    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp column: " + value.getClass().getName());
    }
}
