package io.steward.ports.deposits.out;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Texts;
import io.steward.ports.shared.out.Versioned;
import java.time.Instant;
import java.util.Objects;

/**
 * A deposit as stored: who holds it, for what, and whether it is still held. Its money is in the {@link Ledger}, on
 * the account {@code DEPOSIT_HELD} of this deposit; the state never copies a balance.
 *
 * @param subject     what the deposit secures, as its context names it (the renovation, the parking rental)
 * @param holderName  EST-08: personal data, masked in every view without the grant
 * @param holderPhone EST-08: personal data, masked likewise
 * @param amount      what was collected, from the estate's published schedule (DEP-02)
 */
public record DepositState(DepositId id, EstateId estate, UnitId unit, DepositPurpose purpose, String subject,
                           HolderKind holderKind, String holderName, String holderPhone, Fen amount, DepositStatus status,
                           String collectedBy, Instant collectedAt, long version) implements Versioned<DepositState> {
    public DepositState {
        Objects.requireNonNull(id, "deposit id");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(purpose, "purpose");
        subject = Texts.required(subject, "subject");
        Objects.requireNonNull(holderKind, "holder kind");
        holderName = Texts.required(holderName, "holder name");
        holderPhone = Texts.required(holderPhone, "holder phone");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        collectedBy = Texts.required(collectedBy, "collected by");
        Objects.requireNonNull(collectedAt, "collected at");
    }

    @Override
    public DepositState withVersion(long version) {
        return new DepositState(id, estate, unit, purpose, subject, holderKind, holderName, holderPhone, amount, status,
                collectedBy, collectedAt, version);
    }

    /** The deposit in another status (settled). */
    public DepositState withStatus(DepositStatus newStatus) {
        return new DepositState(id, estate, unit, purpose, subject, holderKind, holderName, holderPhone, amount, newStatus,
                collectedBy, collectedAt, version);
    }

    /** The deposit held for another holder (EST-07: the new owner). */
    public DepositState withHolder(HolderKind kind, String name, String phone) {
        return new DepositState(id, estate, unit, purpose, subject, kind, name, phone, amount, status, collectedBy,
                collectedAt, version);
    }
}
