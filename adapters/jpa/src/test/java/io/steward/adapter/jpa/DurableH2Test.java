package io.steward.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A 2xx means the write is on disk on the embedded default as on PostgreSQL: migrating makes H2 write commits at once. */
class DurableH2Test {

    @Test
    @DisplayName("after migrating, an H2 file database writes every commit before it returns (WRITE_DELAY 0), and keeps it so")
    void migrating_makes_h2_write_commits_at_once() throws Exception {
        Path dir = Files.createTempDirectory("steward-durable");
        String url = "jdbc:h2:" + dir.resolve("db").toAbsolutePath();
        JpaSchema.migrate(url, "sa", "");
        // a new connection to the reopened database sees the persistent setting
        try (var c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
    }
}
