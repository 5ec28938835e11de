package io.steward.ports.deposits;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.util.UUID;

/**
 * Money moved on a deposit (DEP-06): published inside the posting's transaction. A deduction for the unit's fees or
 * utilities, once posted, pays the unit's fee account (the assembly's reaction); {@code charge} names the charge a
 * posting of unpaid fees or utilities is for (null for any other).
 */
public record DepositPosted(EstateId estate, UnitId unit, DepositId deposit, PostingId posting, PostingCode code,
                            PostingKind kind, Fen amount, UUID charge) {
}
