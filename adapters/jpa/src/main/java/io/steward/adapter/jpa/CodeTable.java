package io.steward.adapter.jpa;

import jakarta.persistence.Query;
import java.util.List;

/**
 * A list of unit codes as a table of values to join with, in native SQL. H2 answers {@code code IN (…)} by testing
 * every row of the estate (or round) against the list; joined with the codes as a table, it looks each one up in the
 * unique index, as PostgreSQL does either way. Slices of {@link #SLICE} keep a statement within both databases'
 * limits on parameters.
 */
final class CodeTable {
    static final int SLICE = 1_000;

    private CodeTable() {
    }

    /**
     * {@code (VALUES (?n), (?n+1) …) AS alias (code)} for {@code count} codes bound from parameter {@code first} on.
     */
    static String values(int count, int first, String alias) {
        StringBuilder sql = new StringBuilder("(VALUES ");
        for (int k = 0; k < count; k++) {
            sql.append(k == 0 ? "" : ", ").append("(CAST(?").append(first + k).append(" AS VARCHAR(80)))");
        }
        return sql.append(") AS ").append(alias).append(" (code)").toString();
    }

    /** Binds the codes of a {@link #values} table. */
    static Query bind(Query query, List<String> codes, int first) {
        for (int k = 0; k < codes.size(); k++) {
            query.setParameter(first + k, codes.get(k));
        }
        return query;
    }
}
