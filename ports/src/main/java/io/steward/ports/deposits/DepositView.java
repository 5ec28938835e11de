package io.steward.ports.deposits;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.Instant;

/**
 * A deposit as a caller may see it (DEP-06: its holder, balance and withheld amounts always queryable). The holder's
 * name and phone are masked unless the caller holds the grant to read the unit's personal data (EST-08).
 *
 * @param held      what the deposit holds now: collected, less what was deducted and refunded
 * @param withheld  deductions held (pending): counted against the deposit, not yet posted or voided
 * @param available what could still be deducted or refunded: held less withheld
 */
public record DepositView(DepositId id, EstateId estate, UnitId unit, DepositPurpose purpose, String subject,
                          HolderKind holderKind, String holderName, String holderPhone, Fen amount, Fen held, Fen withheld,
                          Fen available, DepositStatus status, String collectedBy, Instant collectedAt, long version) {
}
