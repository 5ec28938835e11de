package io.steward.ports.keys;

import io.steward.ports.shared.ApprovalPurpose;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.steward.ports.shared.Role.COMPANY_GM;
import static io.steward.ports.shared.Role.CONTROL_ROOM;
import static io.steward.ports.shared.Role.KEY_MANAGER;
import static io.steward.ports.shared.Role.PROJECT_GM;
import static io.steward.ports.shared.Role.PROJECT_MANAGER;
import static io.steward.ports.shared.Role.SECURITY;

/** The approvals key custody asks for (the shared mechanism of {@link io.steward.ports.shared.in.Approve}). */
public final class KeyApprovals {
    private KeyApprovals() {
    }

    /** KEY-08: the project manager's approval of a release outside the normal procedure; subject: the key. */
    public static final ApprovalPurpose ABNORMAL_RELEASE_BY_PROJECT_MANAGER = new ApprovalPurpose(
            "keys.abnormal-release.project-manager", "KEY-08", "key",
            "the project manager approves releasing the key outside the normal procedure",
            Set.of(KEY_MANAGER), Set.of(PROJECT_MANAGER, PROJECT_GM), Duration.ofDays(1), true, false);

    /** KEY-08: company leadership's approval of the same release, by another person; subject: the key. */
    public static final ApprovalPurpose ABNORMAL_RELEASE_BY_LEADERSHIP = new ApprovalPurpose(
            "keys.abnormal-release.leadership", "KEY-08", "key",
            "company leadership approves releasing the key outside the normal procedure",
            Set.of(KEY_MANAGER), Set.of(COMPANY_GM), Duration.ofDays(1), true, false);

    /**
     * KEY-11: the project GM approves a forced entry into the unit; subject: the unit. In extreme urgency the entry may
     * come first (002 L159): the override is recorded with its reason and waits for the project GM's ratification.
     */
    public static final ApprovalPurpose FORCED_ENTRY = new ApprovalPurpose("keys.forced-entry", "KEY-11", "unit",
            "the project GM approves entering the unit by force", Set.of(SECURITY, CONTROL_ROOM, PROJECT_GM),
            Set.of(PROJECT_GM), Duration.ofHours(6), true, true);

    /**
     * KEY-09: whether management was at fault for the loss of a key is the project manager's decision, opened when the
     * loss is reported: approving it finds management at fault (the key manager and the deciding project manager are
     * accountable), declining it finds no fault; subject: the key.
     */
    public static final ApprovalPurpose LOSS_BY_MANAGEMENT_FAULT = new ApprovalPurpose("keys.loss.management-fault", "KEY-09",
            "key", "the project manager finds that management was at fault for the loss of the key",
            Set.of(KEY_MANAGER, PROJECT_MANAGER, SECURITY, CONTROL_ROOM), Set.of(PROJECT_MANAGER, PROJECT_GM),
            Duration.ofDays(30), true, false, true);

    public static List<ApprovalPurpose> all() {
        return List.of(ABNORMAL_RELEASE_BY_PROJECT_MANAGER, ABNORMAL_RELEASE_BY_LEADERSHIP, FORCED_ENTRY, LOSS_BY_MANAGEMENT_FAULT);
    }
}
