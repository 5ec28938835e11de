package io.steward.domain.deposits;

import io.steward.domain.shared.UseCases;
import io.steward.ports.deposits.DepositObligation;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.OpenObligations;
import java.util.List;
import java.util.Set;

/**
 * EST-07 seen from the deposits: a deposit held on the unit, for its owner or their renovation's contractor, is an
 * obligation a transfer disposes of explicitly. Moved to the new owner, the owner's deposits are held for them from
 * then on ({@link #follow}); a contractor's stays the contractor's.
 */
public final class DepositObligations implements OpenObligations {
    private final UseCases useCases;
    private final DepositStore store;

    public DepositObligations(UseCases useCases, DepositStore store) {
        this.useCases = useCases;
        this.store = store;
    }

    @Override
    public List<Declared> declared() {
        return List.of(DepositObligation.DECLARED);
    }

    @Override
    public Set<Obligation> of(UnitId unit) {
        return open(unit).isEmpty() ? Set.of() : Set.of(DepositObligation.DEPOSIT_HELD);
    }

    private List<DepositState> open(UnitId unit) {
        // a parking card's deposit is its rental's, settled when the card comes back (DEP-05), not the unit's
        return store.deposits().ofUnit(unit).stream().filter(d -> d.status() == DepositStatus.HELD
                && d.purpose() == DepositPurpose.RENOVATION && d.holderKind() != HolderKind.TENANT).toList();
    }

    /** Carries out the transfer's disposition: the owner's deposits are held for the new owner. */
    public void follow(OwnershipTransferred t) {
        if (t.dispositions().get(DepositObligation.DEPOSIT_HELD) != Disposition.MOVED_TO_NEW_OWNER) {
            return;
        }
        ArchiveState owner = store.estate().archive(t.newOwner()).orElseThrow();
        for (DepositState d : open(t.unit())) {
            if (d.holderKind() != HolderKind.OWNER) {
                continue;
            }
            DepositState moved = store.deposits().save(d.withHolder(HolderKind.OWNER, owner.person().name(),
                    owner.person().mobile()));
            useCases.audit(useCases.access().actor(), d.estate(), "deposit.holder.transfer", "deposit", moved.id(),
                    "held for the new owner, archive " + t.newOwner());
        }
    }
}
