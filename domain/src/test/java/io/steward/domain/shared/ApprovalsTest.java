package io.steward.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.adapter.memory.InMemory;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalDecided;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.ApprovalView;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.in.Approve;
import io.steward.ports.shared.out.ApprovalState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shared approvals mechanism, on its own: who asks, who approves, what an act may use, and when. */
class ApprovalsTest {
    private static final Instant T0 = Instant.parse("2026-03-16T02:00:00Z");
    private static final ApprovalPurpose ACT = new ApprovalPurpose("test.act", "KEY-08", "key", "the manager approves the act",
            java.util.Set.of(Role.KEY_MANAGER), java.util.Set.of(Role.PROJECT_MANAGER), Duration.ofHours(1), true, false);
    private static final ApprovalPurpose URGENT = new ApprovalPurpose("test.urgent", "KEY-11", "unit", "the GM approves entry",
            java.util.Set.of(Role.SECURITY), java.util.Set.of(Role.PROJECT_GM), Duration.ofHours(1), true, true);

    private final InMemory memory = new InMemory();
    private final EstateId estate = EstateId.newId();
    private final AtomicReference<Actor> caller = new AtomicReference<>(new Actor("keys", "keys"));
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final UseCases useCases = new UseCases(memory.transactions, memory.audit, memory.events, new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }, new Access(caller::get, memory.roles));
    private final Approvals approvals = new Approvals(useCases, memory.approvals, List.of(ACT, URGENT), (e, p) -> p.validity());

    ApprovalsTest() {
        for (var g : List.of(RoleGrant.of("keys", estate, Role.KEY_MANAGER), RoleGrant.of("pm", estate, Role.PROJECT_MANAGER),
                RoleGrant.of("pm2", estate, Role.PROJECT_MANAGER), RoleGrant.of("guard", estate, Role.SECURITY),
                RoleGrant.of("pgm", estate, Role.PROJECT_GM), RoleGrant.of("both", estate, Role.KEY_MANAGER),
                RoleGrant.of("both", estate, Role.PROJECT_MANAGER))) {
            memory.roles.grant(g);
        }
    }

    private void as(String who) {
        caller.set(new Actor(who, who));
    }

    private ApprovalView ask(String who, String subject) {
        as(who);
        return approvals.request(new Approve.Request(estate, ACT.code(), subject, "owner abroad", null));
    }

    private ApprovalState use(ApprovalId id, String subject, String who) {
        as(who);
        return useCases.run(() -> approvals.use(id, ACT, estate, subject, null, "act on " + subject, useCases.access().actor()));
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    @Test
    @DisplayName("an approval is asked for by a role the purpose names, and given by a holder of an approving role, recorded "
            + "with who, as what and when")
    void asked_and_given() {
        as("guard");
        assertThatThrownBy(() -> approvals.request(new Approve.Request(estate, ACT.code(), "k1", "why", null)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> approvals.request(new Approve.Request(estate, "no.such", "k1", "why", null)))
                .isInstanceOf(InvalidInput.class);
        ApprovalView asked = ask("keys", "k1");
        assertThat(asked.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(asked.usable()).isFalse();
        as("guard");
        assertThatThrownBy(() -> approvals.approve(asked.id(), null)).isInstanceOf(AccessDenied.class);
        as("pm");
        now.set(T0.plusSeconds(60));
        ApprovalView given = approvals.approve(asked.id(), "fine");
        assertThat(given.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(given.decidedBy()).isEqualTo("pm");
        assertThat(given.decidedAs()).isEqualTo(Role.PROJECT_MANAGER);
        assertThat(given.decidedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(given.expiresAt()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofHours(1)));
        assertThat(given.usable()).isTrue();
        assertThat(memory.events.published(ApprovalDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(ApprovalStatus.APPROVED));
        assertThatThrownBy(() -> approvals.approve(asked.id(), null)).isInstanceOf(Conflict.class);
    }

    @Test
    @DisplayName("nobody approves what they asked for, even holding the approving role")
    void no_self_approval() {
        ApprovalView asked = ask("both", "k1");
        as("both");
        refused(() -> approvals.approve(asked.id(), null), "self-approval");
    }

    @Test
    @DisplayName("an act uses an approval once: of its purpose, about its subject, given, unexpired, and not by the approver")
    void an_act_uses_a_given_approval_once() {
        ApprovalView asked = ask("keys", "k1");
        refused(() -> use(asked.id(), "k1", "keys"), "approval-not-given");
        as("both");
        approvals.approve(asked.id(), null);
        refused(() -> use(asked.id(), "k2", "keys"), "approval-not-for-this-act");
        as("keys");
        assertThatThrownBy(() -> useCases.run(() -> approvals.use(asked.id(), URGENT, estate, "k1", null, "another act",
                useCases.access().actor()))).isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.code()).as("an approval of another purpose").isEqualTo("approval-not-for-this-act"));
        refused(() -> use(asked.id(), "k1", "both"), "approver-cannot-act");
        refused(() -> use(null, "k1", "keys"), "approval-required");
        refused(() -> use(ApprovalId.newId(), "k1", "keys"), "approval-required");
        ApprovalState used = use(asked.id(), "k1", "keys");
        assertThat(used.status()).isEqualTo(ApprovalStatus.CONSUMED);
        assertThat(used.consumedBy()).isEqualTo("act on k1");
        refused(() -> use(asked.id(), "k1", "keys"), "approval-not-given");
        // a refused act consumes nothing
        ApprovalView second = ask("keys", "k3");
        as("pm");
        approvals.approve(second.id(), null);
        as("keys");
        assertThatThrownBy(() -> useCases.run(() -> {
            approvals.use(second.id(), ACT, estate, "k3", null, "act", useCases.access().actor());
            throw new Refusal("KEY-08", "later-rule", "the act itself refused");
        })).isInstanceOf(Refusal.class);
        assertThat(approvals.approval(second.id()).usable()).isTrue();
    }

    @Test
    @DisplayName("an approval expires, and a declined one never allows anything")
    void expired_and_declined_approvals_allow_nothing() {
        ApprovalView asked = ask("keys", "k1");
        as("pm");
        approvals.approve(asked.id(), null);
        now.set(T0.plus(Duration.ofHours(1)).plusSeconds(1));
        refused(() -> use(asked.id(), "k1", "keys"), "approval-expired");
        ApprovalView declined = ask("keys", "k1");
        as("pm");
        assertThat(approvals.decline(declined.id(), "no").status()).isEqualTo(ApprovalStatus.DECLINED);
        refused(() -> use(declined.id(), "k1", "keys"), "approval-not-given");
    }

    @Test
    @DisplayName("where the purpose allows it, the act comes first: the override is recorded with its reason, pending until "
            + "ratified or declined; elsewhere the approval comes first")
    void acting_first_is_recorded_and_ratified_later() {
        as("guard");
        ApprovalState override = useCases.run(() -> approvals.actFirst(URGENT, estate, "u1", "fire, nobody reachable",
                "forced entry 1", useCases.access().actor()));
        assertThat(override.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(override.actedFirst()).isTrue();
        assertThat(override.consumedBy()).isEqualTo("forced entry 1");
        assertThat(approvals.approvals(estate, ApprovalStatus.PENDING, PageRequest.first(10)).items())
                .extracting(ApprovalView::id).containsExactly(override.id());
        as("pgm");
        ApprovalView ratified = approvals.approve(override.id(), "right call");
        assertThat(ratified.status()).isEqualTo(ApprovalStatus.CONSUMED);
        assertThat(ratified.decidedBy()).isEqualTo("pgm");
        assertThat(ratified.usable()).isFalse();
        // an override the approver declines stays on record as declined
        as("guard");
        ApprovalState second = useCases.run(() -> approvals.actFirst(URGENT, estate, "u2", "smoke", "forced entry 2",
                useCases.access().actor()));
        as("pgm");
        ApprovalView declined = approvals.decline(second.id(), "the door could have waited");
        assertThat(declined.status()).isEqualTo(ApprovalStatus.DECLINED);
        assertThat(declined.decidedBy()).isEqualTo("pgm");
        assertThat(approvals.approvals(estate, ApprovalStatus.PENDING, PageRequest.first(10)).items()).isEmpty();
        as("keys");
        refused(() -> useCases.run(() -> approvals.actFirst(ACT, estate, "k1", "in a hurry", "act", useCases.access().actor())),
                "approval-required-first");
    }
}
