package io.steward.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.Role;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The schema says what the data means, to a DBA as to the adapter, on both databases: every reference between tables
 * is a foreign key, every enum column admits exactly the values of its port enum, documents on PostgreSQL are jsonb.
 */
class SchemaTest {
    /**
     * Columns named like references that name no one row of one table: the login of a person (people are the identity
     * provider's, not a table's), and the object an audit record is about (of any type, named by object_type; the
     * record outlives nothing, as nothing is deleted).
     */
    private static final Set<String> NOT_REFERENCES = Set.of("role_grant.actor_id", "audit_record.object_id");

    /** Reference columns not named *_id. */
    private static final Set<String> OTHER_REFERENCES = Set.of("fee_entry.reverses", "aggregate_document.owner_id");

    private static final Map<String, Class<? extends Enum<?>>> ENUM_COLUMNS = Map.ofEntries(
            Map.entry("unit.kind", UnitKind.class),
            Map.entry("unit.occupancy", Occupancy.class),
            Map.entry("occupancy_change.from_state", Occupancy.class),
            Map.entry("occupancy_change.to_state", Occupancy.class),
            Map.entry("occupancy_change.cause", OccupancyCause.class),
            Map.entry("fee_entry.kind", FeeEntryKind.class),
            Map.entry("role_grant.role", Role.class),
            Map.entry("approval.decided_as", Role.class),
            Map.entry("approval.status", ApprovalStatus.class),
            Map.entry("custody_key.status", KeyStatus.class),
            Map.entry("key_movement.kind", MovementKind.class),
            Map.entry("incident.kind", IncidentKind.class),
            Map.entry("census_line.registered", Occupancy.class),
            Map.entry("census_line.observed", Occupancy.class),
            Map.entry("deposit.purpose", io.steward.ports.deposits.DepositPurpose.class),
            Map.entry("deposit.holder_kind", io.steward.ports.deposits.HolderKind.class),
            Map.entry("deposit.status", io.steward.ports.deposits.DepositStatus.class),
            Map.entry("ledger_account.kind", io.steward.ports.deposits.AccountKind.class),
            Map.entry("ledger_posting.code", io.steward.ports.deposits.PostingCode.class),
            Map.entry("ledger_posting.kind", io.steward.ports.deposits.PostingKind.class),
            Map.entry("parking_rental.party", io.steward.ports.estate.Party.class),
            Map.entry("parking_rental.card", io.steward.ports.parking.CardStatus.class));

    abstract static class OnADatabase {
        abstract Connection connect() throws SQLException;

        abstract String schema();

        @Test
        @DisplayName("every column that names a row of another table is a foreign key")
        void every_reference_is_a_foreign_key() throws SQLException {
            try (Connection c = connect()) {
                DatabaseMetaData meta = c.getMetaData();
                Set<String> references = new TreeSet<>(OTHER_REFERENCES);
                Set<String> foreignKeys = new TreeSet<>();
                for (String name : tables(meta)) {
                    String table = name.toLowerCase(Locale.ROOT);
                    try (ResultSet columns = meta.getColumns(null, schema(), name, null)) {
                        while (columns.next()) {
                            String column = table + "." + columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                            if (column.endsWith("_id") && !NOT_REFERENCES.contains(column)) {
                                references.add(column);
                            }
                        }
                    }
                    try (ResultSet keys = meta.getImportedKeys(null, schema(), name)) {
                        while (keys.next()) {
                            foreignKeys.add(table + "." + keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
                assertThat(references).hasSizeGreaterThan(20);
                assertThat(foreignKeys).containsAll(references);
            }
        }

        @Test
        @DisplayName("every enum column admits each value of its port enum and refuses any other")
        void enum_columns_are_checked_against_their_enums() throws SQLException {
            try (Connection c = connect()) {
                for (var column : ENUM_COLUMNS.entrySet()) {
                    String[] at = column.getKey().split("\\.");
                    List<String> clauses = checks(c, at[0], at[1]);
                    assertThat(clauses).as(column.getKey()).isNotEmpty();
                    for (Enum<?> value : column.getValue().getEnumConstants()) {
                        assertThat(clauses).as(column.getKey() + " admits " + value)
                                .anyMatch(clause -> clause.contains("'" + value.name() + "'"));
                    }
                }
                // and a value outside the enum is refused by the database, whoever writes it (in a transaction that is
                // rolled back, so the contract tests' database keeps no test row)
                c.setAutoCommit(false);
                String estate = UUID.randomUUID().toString();
                try (var insert = c.createStatement()) {
                    insert.executeUpdate("insert into estate (id, code, name, zone, body, version) values ('" + estate
                            + "', '" + estate.substring(0, 30) + "', 'schema test', 'Asia/Shanghai', '{}', 1)");
                }
                assertThatThrownBy(() -> {
                    try (var insert = c.createStatement()) {
                        insert.executeUpdate("insert into unit (id, estate_id, code, building, entrance, floor_no, unit_no,"
                                + " kind, area_hundredths, occupancy, version) values ('" + UUID.randomUUID() + "', '" + estate
                                + "', '1-1-101', '1', '1', 1, '101', 'CASTLE', 100, 'VACANT', 1)");
                    }
                }).isInstanceOf(SQLException.class);
                c.rollback();
            }
        }

        @Test
        @DisplayName("a row that names a unit which does not exist is refused by the database")
        void an_orphan_row_is_refused() throws SQLException {
            try (Connection c = connect(); var insert = c.createStatement()) {
                assertThatThrownBy(() -> insert.executeUpdate("insert into meter_reading (seq, estate_id, unit_id, meter,"
                        + " reading_thousandths, at, actor) values (-1, '" + UUID.randomUUID() + "', '" + UUID.randomUUID()
                        + "', 'WATER', 1, CURRENT_TIMESTAMP, 'schema test')")).isInstanceOf(SQLException.class);
            }
        }

        List<String> tables(DatabaseMetaData meta) throws SQLException {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema(), null, new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.equalsIgnoreCase("steward_schema_history")) {
                        tables.add(name);
                    }
                }
            }
            return tables;
        }

        List<String> checks(Connection c, String table, String column) throws SQLException {
            try (var query = c.prepareStatement("select cc.check_clause from information_schema.check_constraints cc"
                    + " join information_schema.constraint_column_usage u on u.constraint_name = cc.constraint_name"
                    + " and u.constraint_schema = cc.constraint_schema"
                    + " where lower(u.table_name) = ? and lower(u.column_name) = ?")) {
                query.setString(1, table);
                query.setString(2, column);
                List<String> clauses = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        clauses.add(rs.getString(1));
                    }
                }
                return clauses;
            }
        }
    }

    @Nested
    class OnH2 extends OnADatabase {
        @Override
        Connection connect() throws SQLException {
            JpaContractTest.factory(JpaContractTest.H2, "sa");
            return DriverManager.getConnection(JpaContractTest.H2, "sa", "");
        }

        @Override
        String schema() {
            return "PUBLIC";
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "steward.test.postgres", matches = "true")
    class OnPostgres extends OnADatabase {
        @Override
        Connection connect() throws SQLException {
            JpaContractTest.factory(JpaContractTest.postgresUrl(), "postgres");
            return DriverManager.getConnection(JpaContractTest.postgresUrl(), "postgres", "");
        }

        @Override
        String schema() {
            return "public";
        }

        @Test
        @DisplayName("a connection that would send documents as varchar is refused at migration, not at the first write")
        void a_connection_without_untyped_strings_is_refused() {
            String typed = JpaContractTest.postgresUrl().replace("stringtype=unspecified", "stringtype=varchar");
            assertThatThrownBy(() -> JpaSchema.migrate(typed, "postgres", ""))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("stringtype=unspecified");
        }

        @Test
        @DisplayName("documents are jsonb, so that reports can be written in SQL")
        void documents_are_jsonb() throws SQLException {
            try (Connection c = connect(); var query = c.prepareStatement("select table_name, data_type from"
                    + " information_schema.columns where column_name = 'body' and table_name <> 'idempotency_record'")) {
                List<String> types = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        types.add(rs.getString(1) + ":" + rs.getString(2));
                    }
                }
                assertThat(types).containsExactlyInAnyOrderElementsOf(Arrays.asList(
                        "estate:jsonb", "aggregate_document:jsonb", "custody_key:jsonb", "key_movement:jsonb"));
            }
        }
    }
}
