package io.steward.ports.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What an approval allows, declared by the context whose act needs it (e.g. KEY-08 abnormal release, a charge
 * reversal, an EST-08 disclosure): who may ask for it, who may give it, how long it lasts once given, whether one act
 * consumes it, and whether the act may come first and the approval after (an emergency override, ratified later).
 *
 * @param code        stable code, e.g. {@code keys.abnormal-release.project-manager}
 * @param ruleId      the DOMAIN.md rule that needs the approval
 * @param subjectType what the approval is about, e.g. {@code key}; an approval names one subject of that type
 * @param description what the approver agrees to, in the domain's words
 * @param requesters  roles that may ask for it (in the subject's estate)
 * @param approvers   roles whose holders may give it; never the person who asked
 * @param validity    how long a given approval can still be used
 * @param singleUse   whether the act it allows consumes it (true for every act; false for a read grant that lasts)
 * @param actFirst    whether the act may be done first, recording the override and its reason, the approval pending
 * @param openedByAct whether only the context's own act asks for it (KEY-09: reporting a lost key asks the project
 *                    manager's decision); nobody requests it by hand, so no second, friendlier decision can be asked for
 */
public record ApprovalPurpose(String code, String ruleId, String subjectType, String description, Set<Role> requesters,
                              Set<Role> approvers, Duration validity, boolean singleUse, boolean actFirst, boolean openedByAct) {
    /** A purpose whose approvals are asked for by hand, by its requesters. */
    public ApprovalPurpose(String code, String ruleId, String subjectType, String description, Set<Role> requesters,
                           Set<Role> approvers, Duration validity, boolean singleUse, boolean actFirst) {
        this(code, ruleId, subjectType, description, requesters, approvers, validity, singleUse, actFirst, false);
    }

    public ApprovalPurpose {
        code = Texts.required(code, "approval purpose code");
        Objects.requireNonNull(ruleId, "rule id");
        subjectType = Texts.required(subjectType, "subject type");
        description = Texts.required(description, "description");
        requesters = Set.copyOf(requesters);
        approvers = Set.copyOf(approvers);
        if (approvers.isEmpty() || requesters.isEmpty()) {
            throw new IllegalArgumentException("an approval purpose names who asks and who approves");
        }
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("an approval lasts a positive time");
        }
    }
}
