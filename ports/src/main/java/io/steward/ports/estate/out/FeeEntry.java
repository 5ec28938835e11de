package io.steward.ports.estate.out;

import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One immutable line of a unit's fee account. A mistake is fixed by a {@code REVERSAL} line that names the line it
 * reverses, never by editing (DEP-06). {@code periodFrom}/{@code periodTo} bound the service period a charge
 * covers (EST-04 records it); {@code item} is the fee-schedule code or the utility.
 */
public record FeeEntry(UUID id, EstateId estate, UnitId unit, FeeEntryKind kind, String item, Fen amount,
                       LocalDate periodFrom, LocalDate periodTo, UUID reverses, String reference, String actor,
                       Instant at) {
}
