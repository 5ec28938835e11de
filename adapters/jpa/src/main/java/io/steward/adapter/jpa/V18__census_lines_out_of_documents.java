package io.steward.adapter.jpa;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the lines of the census rounds stored before V17 out of their documents into {@code census_line}, and gives
 * each round the counts it now keeps (units, checked, discrepancies). In Java because H2 has no SQL to take a JSON
 * array apart; registered with Flyway by {@link JpaSchema} (its name gives the version, as Flyway requires).
 */
@SuppressWarnings("checkstyle:TypeName")
public final class V18__census_lines_out_of_documents extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        Map<String, String> rounds = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, body FROM aggregate_document WHERE kind = 'CENSUS'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rounds.put(rs.getString(1), rs.getString(2));
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO census_line (census_id, code, unit_id, registered,"
                + " observed, checked_by, checked_at, note, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE aggregate_document SET body = "
                     + (postgres ? "CAST(? AS jsonb)" : "?") + " WHERE kind = 'CENSUS' AND id = ?");
             PreparedStatement unitExists = c.prepareStatement("SELECT 1 FROM unit WHERE id = ?")) {
            for (Map.Entry<String, String> round : rounds.entrySet()) {
                JsonObject body;
                try (var reader = Json.createReader(new StringReader(round.getValue()))) {
                    body = reader.readObject();
                }
                JsonArray lines = body.containsKey("lines") && !body.isNull("lines") ? body.getJsonArray("lines") : null;
                if (lines == null) {
                    continue;
                }
                int checked = 0;
                int discrepancies = 0;
                for (JsonValue v : lines) {
                    JsonObject l = v.asJsonObject();
                    String registered = l.getString("registered");
                    String observed = text(l, "observed");
                    insert.setString(1, round.getKey());
                    insert.setString(2, l.getString("code"));
                    String unit = id(l.get("unit"));
                    if (!exists(unitExists, unit)) {
                        throw new IllegalStateException("census " + round.getKey() + " has a line of unit " + unit + " ("
                                + l.getString("code") + "), which is not in the register: every line names a unit");
                    }
                    insert.setString(3, unit);
                    insert.setString(4, registered);
                    insert.setString(5, observed);
                    insert.setString(6, text(l, "checkedBy"));
                    instant(insert, 7, text(l, "checkedAt"));
                    insert.setString(8, text(l, "note"));
                    insert.setString(9, text(l, "correctedBy"));
                    instant(insert, 10, text(l, "correctedAt"));
                    insert.addBatch();
                    checked += observed == null ? 0 : 1;
                    discrepancies += observed != null && !observed.equals(registered) ? 1 : 0;
                }
                insert.executeBatch();
                JsonObjectBuilder rest = Json.createObjectBuilder();
                body.forEach((k, v) -> {
                    if (!k.equals("lines")) {
                        rest.add(k, v);
                    }
                });
                update.setString(1, rest.add("units", lines.size()).add("checked", checked).add("discrepancies", discrepancies)
                        .build().toString());
                update.setString(2, round.getKey());
                update.executeUpdate();
            }
        }
    }

    /** An id as JSON-B writes an id record ({@code {"value": "…"}}), or as a plain string. */
    private static String id(JsonValue v) {
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.asJsonObject().getString("value");
    }

    private static boolean exists(PreparedStatement unitExists, String unit) throws SQLException {
        unitExists.setString(1, unit);
        try (ResultSet rs = unitExists.executeQuery()) {
            return rs.next();
        }
    }

    private static String text(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null;
    }

    private static void instant(PreparedStatement s, int index, String iso) throws SQLException {
        if (iso == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, Instant.parse(iso).atOffset(ZoneOffset.UTC));
        }
    }
}
