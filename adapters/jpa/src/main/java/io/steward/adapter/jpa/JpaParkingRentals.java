package io.steward.adapter.jpa;

import io.steward.ports.deposits.DepositId;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.UnitId;
import io.steward.ports.parking.CardStatus;
import io.steward.ports.parking.ParkingRentalId;
import io.steward.ports.parking.out.ParkingRentalState;
import io.steward.ports.parking.out.ParkingRentals;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.StoreConflict;
import io.steward.ports.shared.out.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Monthly parking rentals on JPA: a row per rental, optimistic on its version; a card out once per estate (a key). */
public final class JpaParkingRentals implements ParkingRentals {
    private final EntityManagerSource source;

    public JpaParkingRentals(EntityManagerSource source) {
        this.source = source;
    }

    private static ParkingRentalState state(ParkingRentalRow r) {
        return new ParkingRentalState(ParkingRentalId.parse(r.id), EstateId.parse(r.estateId), UnitId.parse(r.unitId),
                ArchiveId.parse(r.renterId), Party.valueOf(r.party), r.renterName, r.renterPhone, r.vehicleModel, r.plate,
                r.licenceNumber, r.from, r.to, Fen.of(r.rentFen), CardStatus.valueOf(r.card), r.cardNumber,
                r.depositId == null ? null : DepositId.parse(r.depositId), r.recordedBy, r.recordedAt, r.version);
    }

    @Override
    public Optional<ParkingRentalState> find(ParkingRentalId id) {
        return source.withEntityManager(em -> Optional.ofNullable(em.find(ParkingRentalRow.class, id.toString()))
                .map(JpaParkingRentals::state));
    }

    @Override
    public ParkingRentalState save(ParkingRentalState s) {
        return source.withEntityManager(em -> {
            if (s.card() == CardStatus.ISSUED && byCard(s.estate(), s.cardNumber()).filter(r -> !r.id().equals(s.id()))
                    .isPresent()) {
                throw StoreConflict.duplicate("card number", s.cardNumber());
            }
            ParkingRentalRow row = em.find(ParkingRentalRow.class, s.id().toString());
            Versioned.expect("parking rental", s.id(), row == null ? 0 : row.version, s.version());
            if (row == null) {
                row = new ParkingRentalRow();
                row.id = s.id().toString();
                row.estateId = s.estate().toString();
                row.unitId = s.unit().toString();
                row.recordedBy = s.recordedBy();
                row.recordedAt = s.recordedAt();
                em.persist(row);
            }
            row.renterId = s.renter().toString();
            row.party = s.party().name();
            row.renterName = s.renterName();
            row.renterPhone = s.renterPhone();
            row.vehicleModel = s.vehicleModel();
            row.plate = s.plate();
            row.licenceNumber = s.licenceNumber();
            row.from = s.from();
            row.to = s.to();
            row.rentFen = s.rent().value();
            row.card = s.card().name();
            row.cardNumber = s.cardNumber();
            row.cardOut = s.card() == CardStatus.ISSUED ? s.cardNumber() : null;
            row.depositId = s.deposit() == null ? null : s.deposit().toString();
            em.flush();
            return s.withVersion(row.version);
        });
    }

    @Override
    public Page<ParkingRentalState> ofEstate(EstateId estate, PageRequest page) {
        return source.withEntityManager(em -> {
            long total = em.createQuery("select count(r) from ParkingRentalRow r where r.estateId = :e", Long.class)
                    .setParameter("e", estate.toString()).getSingleResult();
            List<ParkingRentalState> items = em.createQuery("select r from ParkingRentalRow r where r.estateId = :e"
                            + " order by r.recordedAt desc, r.id", ParkingRentalRow.class).setParameter("e", estate.toString())
                    .setFirstResult((int) Math.min(Integer.MAX_VALUE, page.offset())).setMaxResults(page.size())
                    .getResultList().stream().map(JpaParkingRentals::state).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public List<ParkingRentalState> running(EstateId estate, LocalDate from, LocalDate to) {
        return source.withEntityManager(em -> em.createQuery("select r from ParkingRentalRow r where r.estateId = :e"
                        + " and r.to >= :from and r.from <= :to order by r.plate, r.from", ParkingRentalRow.class)
                .setParameter("e", estate.toString()).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(JpaParkingRentals::state).toList());
    }

    @Override
    public Optional<ParkingRentalState> byCard(EstateId estate, String cardNumber) {
        return source.withEntityManager(em -> em.createQuery("select r from ParkingRentalRow r where r.estateId = :e"
                        + " and r.cardOut = :c", ParkingRentalRow.class).setParameter("e", estate.toString())
                .setParameter("c", cardNumber).getResultStream().findFirst().map(JpaParkingRentals::state));
    }
}
