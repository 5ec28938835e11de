package io.steward.adapter.memory;

import io.steward.ports.parking.CardStatus;
import io.steward.ports.parking.ParkingRentalId;
import io.steward.ports.parking.out.ParkingRentalState;
import io.steward.ports.parking.out.ParkingRentals;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.StoreConflict;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Monthly parking rentals in memory; a card number is out with one rental of an estate at a time. */
public final class InMemoryParkingRentals implements ParkingRentals {
    private final VersionedTable<ParkingRentalId, ParkingRentalState> table;

    public InMemoryParkingRentals(MemoryTransactions tx) {
        table = new VersionedTable<>("parking rental", ParkingRentalState::id, tx);
    }

    @Override
    public Optional<ParkingRentalState> find(ParkingRentalId id) {
        return table.find(id);
    }

    @Override
    public ParkingRentalState save(ParkingRentalState state) {
        if (state.card() == CardStatus.ISSUED && byCard(state.estate(), state.cardNumber())
                .filter(r -> !r.id().equals(state.id())).isPresent()) {
            throw StoreConflict.duplicate("card number", state.cardNumber());
        }
        return table.save(state);
    }

    @Override
    public Page<ParkingRentalState> ofEstate(EstateId estate, PageRequest page) {
        return Page.of(table.where(r -> r.estate().equals(estate)).stream()
                .sorted(Comparator.comparing(ParkingRentalState::recordedAt).reversed()
                        .thenComparing(r -> r.id().toString())).toList(), page);
    }

    @Override
    public List<ParkingRentalState> running(EstateId estate, LocalDate from, LocalDate to) {
        return table.where(r -> r.estate().equals(estate) && !r.from().isAfter(to) && !r.to().isBefore(from)).stream()
                .sorted(Comparator.comparing(ParkingRentalState::plate).thenComparing(ParkingRentalState::from)).toList();
    }

    @Override
    public Optional<ParkingRentalState> byCard(EstateId estate, String cardNumber) {
        return table.where(r -> r.estate().equals(estate) && r.card() == CardStatus.ISSUED
                && cardNumber.equals(r.cardNumber())).stream().findFirst();
    }
}
