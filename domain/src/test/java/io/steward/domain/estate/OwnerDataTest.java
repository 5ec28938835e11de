package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.AccessGrantKind;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OwnerDataTest {
    private final EstateFixture f = new EstateFixture();
    private ArchiveId archive;

    @BeforeEach
    void owner() {
        f.registerEstate("LAKE");
        f.importSmallLayout();
        archive = f.handOver("e14-1-0101", null).archive();
        f.grant("archivist", Role.ARCHIVIST);
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("EST-08");
            assertThat(r.code()).isEqualTo(code);
        });
    }

    @Test
    @DisplayName("EST-08: owner personal data is masked by default")
    void masked_by_default() {
        var view = f.privacy.read(archive);
        assertThat(view.masked()).isTrue();
        assertThat(view.person().name()).isEqualTo("张*");
        assertThat(view.person().mobile()).isEqualTo("138****8000");
        assertThat(view.person().idNumber()).isEqualTo("1101**********1234");
    }

    @Test
    @DisplayName("EST-08: reading it unmasked needs the archivist's approval, and every read is audited")
    void unmasked_reads_need_approval_and_are_audited() {
        refused(() -> f.privacy.readUnmasked(archive), "archive-access-not-approved");
        var request = f.privacy.request(archive, new AccessOwnerData.Request(AccessGrantKind.READ, "callback about a leak", null));

        assertThatThrownBy(() -> f.privacy.decide(request.id(), true)).isInstanceOf(AccessDenied.class);
        f.as("archivist");
        f.privacy.decide(request.id(), true);
        f.as("desk");
        var view = f.privacy.readUnmasked(archive);

        assertThat(view.masked()).isFalse();
        assertThat(view.person().mobile()).isEqualTo("13800138000");
        assertThat(f.memory.audit.ofObject("archive", archive.toString(), PageRequest.first(10)).items())
                .extracting(AuditRecord::action).contains("archive.read-unmasked", "archive.approve-read");
    }

    @Test
    @DisplayName("EST-08: nobody approves their own request, and an approval expires")
    void no_self_approval_and_approvals_expire() {
        f.as("archivist");
        var own = f.privacy.request(archive, new AccessOwnerData.Request(AccessGrantKind.READ, "own", null));
        refused(() -> f.privacy.decide(own.id(), true), "self-approval");

        f.as("desk");
        var request = f.privacy.request(archive, new AccessOwnerData.Request(AccessGrantKind.READ, "callback", null));
        f.as("archivist");
        f.privacy.decide(request.id(), true);
        EstateFixture later = f;
        // 25 hours later, the default 24-hour approval has lapsed
        OwnerDataProtection tomorrow = new OwnerDataProtection(new io.steward.domain.shared.UseCases(later.memory.transactions,
                later.memory.audit, later.memory.events, Clock.offset(later.clock, Duration.ofHours(25)), later.useCases.access()),
                later.store);
        f.as("desk");
        assertThat(f.privacy.readUnmasked(archive).masked()).isFalse();
        refused(() -> tomorrow.readUnmasked(archive), "archive-access-not-approved");
    }

    @Test
    @DisplayName("EST-08: giving owner data outside the company needs company leadership's approval, and is audited")
    void disclosure_needs_leadership() {
        var request = f.privacy.request(archive, new AccessOwnerData.Request(AccessGrantKind.DISCLOSE, "police enquiry", "派出所"));
        f.as("gm");
        refused(() -> f.privacy.disclose(request.id()), "disclosure-not-approved");
        f.as("archivist");
        assertThatThrownBy(() -> f.privacy.decide(request.id(), true)).isInstanceOf(AccessDenied.class);
        f.as("gm");
        f.privacy.decide(request.id(), true);
        var view = f.privacy.disclose(request.id());
        assertThat(view.person().idNumber()).isEqualTo("110101199001011234");
        assertThat(f.memory.audit.ofObject("archive", archive.toString(), PageRequest.first(10)).items())
                .anySatisfy(r -> {
                    assertThat(r.action()).isEqualTo("archive.disclose");
                    assertThat(r.detail()).contains("派出所");
                });
    }
}
