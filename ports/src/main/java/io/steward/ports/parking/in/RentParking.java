package io.steward.ports.parking.in;

import io.steward.ports.deposits.PostingId;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.parking.ParkingRentalId;
import io.steward.ports.parking.RentalView;
import io.steward.ports.parking.TemporaryFee;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The parking desk: monthly rentals and their IC cards (PRK-01, DEP-05), and temporary parking fees. */
public interface RentParking {
    /** PRK-01: records a monthly rental for an owner or tenant on file, their vehicle licence checked. */
    RentalView rent(EstateId estate, Rent rent);

    /** PRK-01 / DEP-05: issues the rental's IC card against its deposit, collected at once. */
    RentalView issueCard(ParkingRentalId rental, IssueCard card);

    /** DEP-05: the card returned after the rental ended: its deposit refunded whole. */
    RentalView returnCard(ParkingRentalId rental, ReturnCard card);

    RentalView rental(ParkingRentalId id);

    /** The estate's rentals, newest first. */
    Page<RentalView> rentals(EstateId estate, PageRequest page);

    /** PRK-01: the list that goes to the garage cashier every Monday — the rentals running in the week from {@code monday}. */
    List<RentalView> garageList(EstateId estate, LocalDate monday);

    /**
     * PRK-01: the rentals running today whose last day is within {@code days} days (0: today), soonest first — whom
     * to remind to renew, and whose card to expect back.
     */
    List<RentalView> endingSoon(EstateId estate, int days);

    /** The longest look ahead for rentals ending soon. */
    int MAX_ENDING_DAYS = 92;

    /** The fee of a temporary stay by the estate's published tariff. */
    TemporaryFee temporaryFee(EstateId estate, Instant entry, Instant exit);

    /**
     * A monthly rental: the renter is named by their archive (an owner or tenant on file), never typed in.
     *
     * @param licenceNumber   the vehicle licence (行驶证) the desk checked against the plate
     * @param licenceChecked  the desk saw the licence and it names the plate
     * @param from            the first day of the rental; {@code to} its last
     */
    record Rent(ArchiveId renter, String vehicleModel, String plate, String licenceNumber, boolean licenceChecked,
                LocalDate from, LocalDate to) {
        /** A plate of the mainland: a province's character, a letter, then 5 (or 6, new energy) letters and digits. */
        public static final Pattern PLATE = Pattern.compile("[\\u4e00-\\u9fa5][A-Z][A-HJ-NP-Z0-9]{5,6}");
        /** The longest monthly rental recorded at once. */
        public static final int MAX_MONTHS = 12;

        public Rent {
            if (renter == null) {
                throw new InvalidInput("a rental names the renter's archive (an owner or tenant on file)");
            }
            vehicleModel = Texts.required(vehicleModel, "vehicle model");
            if (vehicleModel.length() > 60) {
                throw new InvalidInput("the vehicle model is at most 60 characters");
            }
            plate = Texts.required(plate, "plate");
            if (!PLATE.matcher(plate).matches()) {
                throw new InvalidInput("not a plate: " + plate + " (e.g. 粤B12345)");
            }
            licenceNumber = Texts.optional(licenceNumber);
            if (licenceNumber != null && licenceNumber.length() > 40) {
                throw new InvalidInput("the licence number is at most 40 characters");
            }
            if (from == null || to == null || to.isBefore(from)) {
                throw new InvalidInput("a rental runs from its first day to its last, in that order");
            }
            if (to.isAfter(from.plusMonths(MAX_MONTHS).minusDays(1))) {
                throw new InvalidInput("a rental is recorded for at most " + MAX_MONTHS + " months");
            }
        }
    }

    /** Issues card {@code cardNumber}; {@code posting} is the deposit's collection, processed once. */
    record IssueCard(PostingId posting, String cardNumber, String receipt) {
        public IssueCard {
            if (posting == null) {
                throw new InvalidInput("a money operation names its posting id");
            }
            cardNumber = Texts.required(cardNumber, "card number");
            receipt = Texts.required(receipt, "receipt number");
            if (cardNumber.length() > 40 || receipt.length() > 40) {
                throw new InvalidInput("a card or receipt number is at most 40 characters");
            }
        }
    }

    /** The card handed back; {@code posting} is the deposit's refund, processed once. */
    record ReturnCard(PostingId posting, String receipt) {
        public ReturnCard {
            if (posting == null) {
                throw new InvalidInput("a money operation names its posting id");
            }
            receipt = Texts.required(receipt, "refund memo number");
            if (receipt.length() > 40) {
                throw new InvalidInput("a memo number is at most 40 characters");
            }
        }
    }
}
