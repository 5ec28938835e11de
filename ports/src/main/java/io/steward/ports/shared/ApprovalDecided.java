package io.steward.ports.shared;

import java.time.Instant;

/**
 * Event: an approval was given or declined. The context that asked for it follows the decision where the decision is
 * itself the act (KEY-09: the project manager decides whether management was at fault for a lost key).
 */
public record ApprovalDecided(ApprovalId approval, EstateId estate, String purpose, String subject, ApprovalStatus status,
                              String decidedBy, Role decidedAs, String note, Instant at) {
}
