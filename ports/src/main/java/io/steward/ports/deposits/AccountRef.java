package io.steward.ports.deposits;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.util.Objects;

/**
 * One account of the ledger: its kind, its estate, and the deposit or unit it belongs to where the kind has one.
 *
 * @param deposit the deposit, for {@link AccountKind#DEPOSIT_HELD}; null otherwise
 * @param unit    the unit, for {@link AccountKind#ofUnit()} kinds; null otherwise
 */
public record AccountRef(AccountKind kind, EstateId estate, DepositId deposit, UnitId unit) {
    public AccountRef {
        Objects.requireNonNull(kind, "account kind");
        Objects.requireNonNull(estate, "estate");
        if ((kind == AccountKind.DEPOSIT_HELD) != (deposit != null)) {
            throw new IllegalArgumentException("a deposit account, and only one, names its deposit: " + kind);
        }
        if (kind.ofUnit() != (unit != null)) {
            throw new IllegalArgumentException("a unit's account, and only one, names its unit: " + kind);
        }
    }

    public static AccountRef cash(EstateId estate) {
        return new AccountRef(AccountKind.CASH, estate, null, null);
    }

    public static AccountRef held(EstateId estate, DepositId deposit) {
        return new AccountRef(AccountKind.DEPOSIT_HELD, estate, deposit, null);
    }

    public static AccountRef penalties(EstateId estate) {
        return new AccountRef(AccountKind.PENALTY_INCOME, estate, null, null);
    }

    public static AccountRef ofUnit(AccountKind kind, EstateId estate, UnitId unit) {
        return new AccountRef(kind, estate, null, unit);
    }

    /** The account's stable key, e.g. {@code DEPOSIT_HELD:<deposit>} or {@code CASH:<estate>}: its id in storage. */
    public String key() {
        return kind + ":" + (deposit != null ? deposit : unit != null ? unit : estate);
    }
}
