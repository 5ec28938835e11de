package io.steward.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * V17/V18: the census rounds stored before lines were rows keep every line, moved into {@code census_line}, and gain
 * the counts the round now keeps — on both databases, from a database migrated up to V16 with a round in it.
 */
class CensusLinesMigrationTest {
    abstract static class OnADatabase {
        /** A fresh, empty database. */
        abstract String url();

        abstract String user();

        abstract String vendor();

        private final String estate = UUID.randomUUID().toString();
        private final String unit = UUID.randomUUID().toString();
        private final String round = UUID.randomUUID().toString();

        private void before(String unitOfTheLine) throws SQLException {
            JpaSchema.flyway(vendor()).dataSource(url(), user(), "").target("16").load().migrate();
            try (Connection c = DriverManager.getConnection(url(), user(), ""); var s = c.createStatement()) {
                s.executeUpdate("insert into estate (id, code, name, zone, body, version) values ('" + estate + "', 'MIG', 'm',"
                        + " 'Asia/Shanghai', '{}', 1)");
                s.executeUpdate("insert into unit (id, estate_id, code, building, entrance, floor_no, unit_no, kind,"
                        + " area_hundredths, occupancy, version) values ('" + unit + "', '" + estate + "', '1-1-101', '1', '1',"
                        + " 1, '101', 'RESIDENCE', 8950, 'VACANT', 1)");
                // as JpaCensuses stored a round before V17: the lines inside the document
                String body = "{\"id\":{\"value\":\"" + round + "\"},\"estate\":{\"value\":\"" + estate + "\"},"
                        + "\"month\":\"2026-03-01\",\"checkBy\":\"2026-03-30\",\"reportBy\":\"2026-04-03\",\"lines\":["
                        + "{\"unit\":{\"value\":\"" + unitOfTheLine + "\"},\"code\":\"1-1-101\",\"registered\":\"VACANT\","
                        + "\"observed\":\"RENOVATING\",\"checkedBy\":\"guard\",\"checkedAt\":\"2026-03-16T02:00:00.123456Z\","
                        + "\"note\":\"workers inside\"}],\"copiedTo\":[],\"version\":1}";
                s.executeUpdate("insert into aggregate_document (kind, id, estate_id, report_date, version, body) values"
                        + " ('CENSUS', '" + round + "', '" + estate + "', DATE '2026-03-01', 1, '" + body + "')");
            }
        }

        @Test
        @DisplayName("EST-03: a round's lines leave its document for census_line, and the round counts them")
        void lines_move_into_rows() throws SQLException {
            before(unit);
            JpaSchema.migrate(url(), user(), "");
            try (Connection c = DriverManager.getConnection(url(), user(), ""); var s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select code, unit_id, registered, observed, checked_by, checked_at, note,"
                        + " corrected_by from census_line where census_id = '" + round + "'")) {
                    List<String> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                                + rs.getString(5) + " " + rs.getObject(6, java.time.OffsetDateTime.class).toInstant() + " "
                                + rs.getString(7) + " " + rs.getString(8));
                    }
                    assertThat(rows).containsExactly("1-1-101 " + unit
                            + " VACANT RENOVATING guard 2026-03-16T02:00:00.123456Z workers inside null");
                }
                try (ResultSet rs = s.executeQuery("select body from aggregate_document where kind = 'CENSUS' and id = '"
                        + round + "'")) {
                    assertThat(rs.next()).isTrue();
                    var state = JsonDocuments.read(rs.getString(1), io.steward.ports.estate.out.CensusState.class);
                    assertThat(state.units()).isEqualTo(1);
                    assertThat(state.checked()).isEqualTo(1);
                    assertThat(state.discrepancies()).isEqualTo(1);
                    assertThat(rs.getString(1)).doesNotContain("\"lines\"");
                }
            }
        }

        @Test
        @DisplayName("a round whose line names a unit the register does not hold stops the migration, naming both")
        void an_orphan_line_stops_the_migration() throws SQLException {
            String stranger = UUID.randomUUID().toString();
            before(stranger);
            assertThatThrownBy(() -> JpaSchema.migrate(url(), user(), "")).isInstanceOf(FlywayException.class)
                    .rootCause().hasMessageContaining(round).hasMessageContaining(stranger);
        }
    }

    @Nested
    class OnH2 extends OnADatabase {
        private final String url = "jdbc:h2:mem:census-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        @Override
        String url() {
            return url;
        }

        @Override
        String user() {
            return "sa";
        }

        @Override
        String vendor() {
            return "h2";
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "steward.test.postgres", matches = "true")
    class OnPostgres extends OnADatabase {
        private final String url;
        private final String name;

        OnPostgres() throws SQLException {
            String base = JpaContractTest.postgresUrl();
            name = "steward_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(base, "postgres", ""); var s = c.createStatement()) {
                s.executeUpdate("CREATE DATABASE " + name);
            }
            url = base.replaceFirst("/[^/?]+\\?", "/" + name + "?");
        }

        @AfterEach
        void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(JpaContractTest.postgresUrl(), "postgres", "");
                 var s = c.createStatement()) {
                s.executeUpdate("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }

        @Override
        String url() {
            return url;
        }

        @Override
        String user() {
            return "postgres";
        }

        @Override
        String vendor() {
            return "postgresql";
        }
    }
}
