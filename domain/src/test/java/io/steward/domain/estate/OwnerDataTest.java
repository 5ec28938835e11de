package io.steward.domain.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.EstateApprovals;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.AuditRecord;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.PersonalDataAccess;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;
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

    private static void refused(Runnable call, String rule, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo(rule);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    private ApprovalId askToRead(String who) {
        f.as(who);
        return f.approvals.request(new Approve.Request(f.estate, PersonalDataAccess.READ_PERSONAL_DATA.code(),
                f.unit("e14-1-0101").toString(), "callback about a leak", null)).id();
    }

    private java.util.List<String> auditOfArchive() {
        return f.memory.audit.ofObject("archive", archive.toString(), PageRequest.first(50)).items().stream()
                .map(AuditRecord::action).toList();
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
    @DisplayName("EST-08: reading it unmasked needs the archivist's approval; every unmasked read and every refused one is audited")
    void unmasked_reads_need_approval_and_are_audited() {
        f.as("desk");
        refused(() -> f.privacy.readUnmasked(archive), "EST-08", "personal-data-grant-required");
        assertThat(auditOfArchive()).containsExactly("personal-data.read-unmasked-refused");

        ApprovalId request = askToRead("desk");
        assertThatThrownBy(() -> f.approvals.approve(request, null)).isInstanceOf(AccessDenied.class);
        f.as("archivist");
        var given = f.approvals.approve(request, "for the leak in 0201");
        assertThat(given.decidedBy()).isEqualTo("archivist");
        assertThat(given.decidedAs()).isEqualTo(Role.ARCHIVIST);
        assertThat(given.expiresAt()).isEqualTo(EstateFixture.NOW.plus(Duration.ofHours(24)));
        f.as("desk");
        var view = f.privacy.readUnmasked(archive);
        assertThat(view.masked()).isFalse();
        assertThat(view.person().mobile()).isEqualTo("13800138000");
        // the grant holder sees the plain view unmasked too, and that read is audited as well
        assertThat(f.privacy.read(archive).masked()).isFalse();
        assertThat(auditOfArchive()).containsExactly("personal-data.read-unmasked", "personal-data.read-unmasked",
                "personal-data.read-unmasked-refused");
        // the grant is the asker's: another member of staff still sees the data masked
        f.grant("desk2", Role.FRONT_DESK);
        f.as("desk2");
        assertThat(f.privacy.read(archive).masked()).isTrue();
        refused(() -> f.privacy.readUnmasked(archive), "EST-08", "personal-data-grant-required");
    }

    @Test
    @DisplayName("EST-08: nobody approves their own request, and an approval expires")
    void no_self_approval_and_approvals_expire() {
        ApprovalId own = askToRead("archivist");
        refused(() -> f.approvals.approve(own, null), "EST-08", "self-approval");

        ApprovalId request = askToRead("desk");
        f.as("archivist");
        f.approvals.approve(request, null);
        f.as("desk");
        assertThat(f.privacy.readUnmasked(archive).masked()).isFalse();
        // 25 hours later, the default 24-hour approval has lapsed
        f.clock.advance(Duration.ofHours(25));
        refused(() -> f.privacy.readUnmasked(archive), "EST-08", "personal-data-grant-required");
        assertThat(f.privacy.read(archive).masked()).isTrue();
    }

    @Test
    @DisplayName("EST-08: a declined request grants nothing")
    void a_declined_request_grants_nothing() {
        ApprovalId request = askToRead("desk");
        f.as("archivist");
        f.approvals.decline(request, "no reason given");
        f.as("desk");
        refused(() -> f.privacy.readUnmasked(archive), "EST-08", "personal-data-grant-required");
    }

    @Test
    @DisplayName("EST-08: giving owner data outside the company needs company leadership's approval of that disclosure, "
            + "used once, to the recipient it names")
    void disclosure_needs_leadership() {
        f.as("desk");
        ApprovalId request = f.approvals.request(new Approve.Request(f.estate, EstateApprovals.DISCLOSE_PERSONAL_DATA.code(),
                archive.toString(), "police enquiry", "派出所")).id();
        refused(() -> f.privacy.disclose(archive, new AccessOwnerData.Disclosure(request, "派出所")), "EST-08",
                "approval-not-given");
        f.as("archivist");
        assertThatThrownBy(() -> f.approvals.approve(request, null)).isInstanceOf(AccessDenied.class);
        f.as("gm");
        f.approvals.approve(request, null);
        f.as("desk");
        refused(() -> f.privacy.disclose(archive, new AccessOwnerData.Disclosure(request, "a journalist")), "EST-08",
                "approval-not-for-this-act");
        var view = f.privacy.disclose(archive, new AccessOwnerData.Disclosure(request, "派出所"));
        assertThat(view.person().idNumber()).isEqualTo("110101199001011234");
        assertThat(f.memory.audit.ofObject("archive", archive.toString(), PageRequest.first(10)).items())
                .anySatisfy(r -> {
                    assertThat(r.action()).isEqualTo("archive.disclose");
                    assertThat(r.detail()).contains("派出所", "gm");
                });
        // one disclosure per approval
        refused(() -> f.privacy.disclose(archive, new AccessOwnerData.Disclosure(request, "派出所")), "EST-08",
                "approval-not-given");
        // the approver does not disclose what they approved themselves
        f.as("desk");
        ApprovalId second = f.approvals.request(new Approve.Request(f.estate, EstateApprovals.DISCLOSE_PERSONAL_DATA.code(),
                archive.toString(), "court order", "法院")).id();
        f.as("gm");
        f.approvals.approve(second, null);
        refused(() -> f.privacy.disclose(archive, new AccessOwnerData.Disclosure(second, "法院")), "EST-08",
                "approver-cannot-act");
    }
}
