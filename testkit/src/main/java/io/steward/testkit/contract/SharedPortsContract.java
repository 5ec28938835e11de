package io.steward.testkit.contract;

import io.steward.ports.shared.out.IdempotencyRecords;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The behaviour every implementation of the shared out-ports must show. */
public abstract class SharedPortsContract {

    protected abstract Adapters adapters();

    private Adapters a;

    @BeforeEach
    void adapters_() {
        a = adapters();
    }

    private void tx(Runnable work) {
        Samples.inTransaction(a.transactions(), work);
    }

    @Test
    @DisplayName("Audit trail: append-only, newest first, by estate and by object")
    void audit() {
        EstateId estate = EstateId.newId();
        String object = UUID.randomUUID().toString();
        AuditRecord first = new AuditRecord("gm", estate, "estate.register", "estate", object, Samples.AT, "LAKE");
        AuditRecord second = new AuditRecord("desk", estate, "handover.start", "handover", "h1", Samples.AT.plusSeconds(1), "");
        tx(() -> a.audit().append(first));
        tx(() -> a.audit().append(second));
        assertThat(a.audit().ofEstate(estate, PageRequest.first(10)).items()).containsExactly(second, first);
        assertThat(a.audit().ofObject("estate", object, PageRequest.first(10)).items()).containsExactly(first);
    }

    @Test
    @DisplayName("Role grants: per estate and company-wide; granting twice keeps one; revoking removes")
    void role_grants() {
        String actor = "user-" + UUID.randomUUID();
        EstateId estate = EstateId.newId();
        tx(() -> {
            a.roles().grant(new RoleGrant(actor, estate, Role.FRONT_DESK));
            a.roles().grant(new RoleGrant(actor, estate, Role.FRONT_DESK));
            a.roles().grant(RoleGrant.companyWide(actor, Role.COMPANY_GM));
        });
        assertThat(a.roles().grantsOf(actor)).containsExactlyInAnyOrder(new RoleGrant(actor, estate, Role.FRONT_DESK),
                RoleGrant.companyWide(actor, Role.COMPANY_GM));
        tx(() -> a.roles().revoke(new RoleGrant(actor, estate, Role.FRONT_DESK)));
        assertThat(a.roles().grantsOf(actor)).containsExactly(RoleGrant.companyWide(actor, Role.COMPANY_GM));
    }

    @Test
    @DisplayName("Idempotency records: a key is claimed once; the answer is remembered; a released key can be claimed again")
    void idempotency() {
        String key = UUID.randomUUID().toString();
        assertThat(a.idempotency().claim("alice", key, "h1", Samples.AT)).isTrue();
        assertThat(a.idempotency().claim("alice", key, "h2", Samples.AT)).isFalse();
        assertThat(a.idempotency().claim("bob", key, "h1", Samples.AT)).isTrue();
        assertThat(a.idempotency().find("alice", key).orElseThrow().inProgress()).isTrue();
        a.idempotency().complete("alice", key, 201, "application/json", "{\"id\":1}", "/api/estates/1");
        var entry = a.idempotency().find("alice", key).orElseThrow();
        assertThat(entry.status()).isEqualTo(201);
        assertThat(entry.body()).isEqualTo("{\"id\":1}");
        assertThat(entry.requestHash()).isEqualTo("h1");
        assertThat(entry.location()).isEqualTo("/api/estates/1");
        // the longest key a client may send, and an answer larger than a megabyte, are kept whole
        String longKey = (UUID.randomUUID() + "k".repeat(IdempotencyRecords.MAX_KEY)).substring(0, IdempotencyRecords.MAX_KEY);
        String large = "x".repeat(1_500_000);
        assertThat(a.idempotency().claim("alice", longKey, "h3", Samples.AT)).isTrue();
        a.idempotency().complete("alice", longKey, 200, "application/json", large, null);
        assertThat(a.idempotency().find("alice", longKey).orElseThrow().body()).hasSize(1_500_000);
        a.idempotency().release("bob", key);
        assertThat(a.idempotency().find("bob", key)).isEmpty();
    }
}
