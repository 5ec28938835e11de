package io.steward.ports.estate.in;

import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the estate context tells the other contexts about its units: a published read port, owned and answered by the
 * estate context (the assembly wires its answer), which key custody, deposits, inspections and emergency plans ask
 * instead of being handed the estate's repositories. It reads within the caller's transaction and checks no role: the
 * asking context has authorised its own act.
 */
public interface UnitDirectory {
    boolean estateExists(EstateId estate);

    /** The estate's time zone: its dates (a rental's last day, a refund's due date) are days there. */
    java.time.ZoneId zone(EstateId estate);

    /** The estate's policy (its deposit rules among them), if the estate exists. */
    Optional<EstatePolicy> policy(EstateId estate);

    Optional<UnitState> unit(UnitId unit);

    /** The unit's current owner: its active owner archive, if any. */
    Optional<ArchiveState> owner(UnitId unit);

    /** Everyone on file for the unit — owners and tenants, past and present — oldest first. */
    List<ArchiveState> residents(UnitId unit);

    Optional<ArchiveState> archive(ArchiveId archive);

    /** The unit's newest handover, if any. */
    Optional<HandoverState> lastHandover(UnitId unit);

    /** What the unit's fee account owes now: charged and not paid (DEP-03 deducts only what is unpaid). */
    Fen feeArrears(UnitId unit);

    /**
     * The same, holding the unit's fee account until the transaction ends: a deduction that counts on the arrears
     * waits for a payment, a reversal or another deduction of the unit being written at the same time.
     */
    Fen lockedFeeArrears(UnitId unit);

    /** The charge {@code line} of a unit's fee account, if it is one that nothing reverses or credits. */
    Optional<OpenCharge> openCharge(UUID line);

    /** A charge of a unit's fee account that stands, with the category of its item in the published schedule. */
    record OpenCharge(UUID line, EstateId estate, UnitId unit, String item, FeeCategory category, Fen amount) {
    }
}
