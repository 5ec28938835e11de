package io.steward.ports.estate;

/**
 * A goods-release pass (物品放行条, EST-09): AWAITING_OWNER (the carrier is not the owner: phone the owner) →
 * AWAITING_SIGNATURES → ISSUED (staff, owner and carrier signed) → USED (verified at the gate). An owner who cannot
 * be reached, or who refuses, ends it REFUSED: the goods are not released.
 */
public enum PassStatus { AWAITING_OWNER, AWAITING_SIGNATURES, ISSUED, REFUSED, USED }
