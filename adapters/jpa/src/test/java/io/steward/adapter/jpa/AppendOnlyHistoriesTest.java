package io.steward.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.out.EstateState;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.keys.out.KeyMovement;
import io.steward.ports.keys.out.KeyRegisterState;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.EstateId;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** On PostgreSQL the database itself refuses to change a history, whoever asks (KEY-12). */
@EnabledIfSystemProperty(named = "steward.test.postgres", matches = "true")
class AppendOnlyHistoriesTest {
    private final EntityManagerFactory emf = JpaContractTest.factory(JpaContractTest.postgresUrl(), "postgres");

    @Test
    @DisplayName("KEY-12: an UPDATE or DELETE of key movements is refused by PostgreSQL")
    void the_database_refuses_to_rewrite_key_history() {
        JpaTransactions tx = new JpaTransactions(emf);
        EstateId estate = EstateId.newId();
        KeyId key = KeyId.newId();
        tx.inTransaction(() -> {
            new JpaEstates(tx).save(new EstateState(estate, "AO" + estate.value().toString().substring(0, 8), "append-only",
                    "Asia/Shanghai", List.of(), EstatePolicy.DEFAULT, 0));
            return null;
        });
        tx.inTransaction(() -> {
            new JpaKeyRegisters(tx).save(new KeyRegisterState(estate, "keys", "pm", Instant.now(), List.of(), 0, 0));
            return null;
        });
        tx.inTransaction(() -> {
            new JpaKeys(tx).save(new KeyState(key, estate, 1, "plant room", null, null, "plant room", 1,
                    CustodyReason.DEVELOPER_HANDOVER, null, null, null, KeyStatus.IN_CABINET, "cabinet", null, null,
                    Instant.now(), 1, null, 0));
            new JpaKeyMovements(tx).append(new KeyMovement(key, estate, 1, MovementKind.REGISTERED, "DEVELOPER_HANDOVER",
                    "cabinet", null, "keys", "registered", null, null, List.of("keys"), List.of(), List.of(), Instant.now()));
            return null;
        });
        for (String sql : List.of("update key_movement set kind = 'LOST' where key_id = '" + key + "'",
                "delete from key_movement where key_id = '" + key + "'",
                "delete from audit_record where seq = (select max(seq) from audit_record)")) {
            assertThatThrownBy(() -> tx.inTransaction(() -> tx.withEntityManager(em -> em.createNativeQuery(sql).executeUpdate())))
                    .as(sql).hasRootCauseInstanceOf(SQLException.class)
                    .rootCause().satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("55000"));
        }
        assertThat(new JpaKeyMovements(tx).ofKey(key)).extracting(KeyMovement::kind).containsExactly(MovementKind.REGISTERED);
    }
}
