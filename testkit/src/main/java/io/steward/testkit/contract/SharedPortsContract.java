package io.steward.testkit.contract;

import io.steward.ports.shared.out.IdempotencyRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.out.ApprovalState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The behaviour every implementation of the shared out-ports must show. */
public abstract class SharedPortsContract extends AdaptersContract {

    @Test
    @DisplayName("Audit trail: append-only, newest first, by estate and by object")
    void audit() {
        EstateId estate = newEstate().id();
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
        EstateId estate = newEstate().id();
        tx(() -> {
            a.roles().grant(RoleGrant.of(actor, estate, Role.FRONT_DESK));
            a.roles().grant(RoleGrant.of(actor, estate, Role.FRONT_DESK));
            a.roles().grant(RoleGrant.companyWide(actor, Role.COMPANY_GM));
        });
        assertThat(a.roles().grantsOf(actor)).containsExactlyInAnyOrder(RoleGrant.of(actor, estate, Role.FRONT_DESK),
                RoleGrant.companyWide(actor, Role.COMPANY_GM));
        tx(() -> a.roles().revoke(RoleGrant.of(actor, estate, Role.FRONT_DESK)));
        assertThat(a.roles().grantsOf(actor)).containsExactly(RoleGrant.companyWide(actor, Role.COMPANY_GM));
    }

    @Test
    @DisplayName("Role grants: a resident's grant is kept with its unit, one per unit, and found by the unit")
    void resident_grants() {
        String actor = "owner-" + UUID.randomUUID();
        EstateId estate = newEstate().id();
        UUID home = newUnit(estate).value();
        UUID shop = newUnit(estate).value();
        RoleGrant ofHome = RoleGrant.resident(actor, estate, Role.OWNER, home);
        RoleGrant ofShop = RoleGrant.resident(actor, estate, Role.OWNER, shop);
        RoleGrant tenant = RoleGrant.resident("tenant-" + UUID.randomUUID(), estate, Role.TENANT, home);
        tx(() -> {
            a.roles().grant(ofHome);
            a.roles().grant(ofShop);
            a.roles().grant(ofHome);
            a.roles().grant(tenant);
            a.roles().grant(RoleGrant.of(actor, estate, Role.FRONT_DESK));
        });
        assertThat(a.roles().grantsOf(actor)).containsExactlyInAnyOrder(ofHome, ofShop, RoleGrant.of(actor, estate, Role.FRONT_DESK));
        assertThat(a.roles().residentsOf(home)).containsExactlyInAnyOrder(ofHome, tenant);
        tx(() -> a.roles().revoke(ofHome));
        assertThat(a.roles().residentsOf(home)).containsExactly(tenant);
        assertThat(a.roles().grantsOf(actor)).contains(ofShop).doesNotContain(ofHome);
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
        assertThat(a.idempotency().claim("bob", key, "h4", Samples.AT)).isTrue();
        assertThat(a.idempotency().find("bob", key).orElseThrow().requestHash()).isEqualTo("h4");
    }

    @Test
    @DisplayName("Approvals: every field round-trips; a decision is an optimistic write; newest first by estate and status, oldest first by subject")
    void approvals() {
        EstateId estate = newEstate().id();
        String key = UUID.randomUUID().toString();
        ApprovalState asked = new ApprovalState(ApprovalId.newId(), estate, "keys.abnormal-release.project-manager", key, null,
                "owner abroad, sister collects", "keys", Samples.AT, ApprovalStatus.PENDING, null, null, null, null, null, null,
                null, false, 0);
        ApprovalState other = new ApprovalState(ApprovalId.newId(), estate, "fees.reversal", "line-1", "detail", "wrong area",
                "cashier", Samples.AT.plusSeconds(5), ApprovalStatus.PENDING, null, null, null, null, null, "forced entry 7",
                Samples.AT.plusSeconds(5), true, 0);
        ApprovalState[] stored = new ApprovalState[1];
        tx(() -> stored[0] = a.approvals().save(asked));
        tx(() -> a.approvals().save(other));
        assertThat(stored[0]).isEqualTo(asked.withVersion(1));
        assertThat(a.approvals().find(asked.id())).contains(asked.withVersion(1));

        ApprovalState decided = new ApprovalState(asked.id(), estate, asked.purpose(), key, null, asked.reason(), "keys", Samples.AT,
                ApprovalStatus.APPROVED, "pm", Role.PROJECT_MANAGER, Samples.AT.plusSeconds(60), "ok", Samples.AT.plusSeconds(3600),
                null, null, false, 1);
        tx(() -> stored[0] = a.approvals().save(decided));
        assertThat(a.approvals().find(asked.id())).contains(decided.withVersion(2));
        assertThat(stored[0]).isEqualTo(decided.withVersion(2));
        // a second decision on the version already decided is stale
        assertThatThrownBy(() -> tx(() -> a.approvals().save(decided))).isInstanceOf(ConcurrentUpdate.class);

        assertThat(a.approvals().ofEstate(estate, null, PageRequest.first(10)).items()).extracting(ApprovalState::id)
                .containsExactly(other.id(), asked.id());
        assertThat(a.approvals().ofEstate(estate, ApprovalStatus.PENDING, PageRequest.first(10)).items())
                .extracting(ApprovalState::id).containsExactly(other.id());
        var firstPage = a.approvals().ofEstate(estate, null, PageRequest.first(1));
        assertThat(firstPage.total()).isEqualTo(2);
        assertThat(firstPage.items()).extracting(ApprovalState::id).containsExactly(other.id());
        // a later request about the same subject, saved first, still comes after it
        ApprovalState later = new ApprovalState(ApprovalId.newId(), estate, "keys.abnormal-release.leadership", key, null,
                "leadership too", "keys", Samples.AT.plusSeconds(10), ApprovalStatus.PENDING, null, null, null, null, null, null,
                null, false, 0);
        tx(() -> a.approvals().save(later));
        assertThat(a.approvals().about(estate, key)).containsExactly(decided.withVersion(2), later.withVersion(1));
        assertThat(a.approvals().about(EstateId.newId(), key)).isEmpty();
    }
}
