package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;

/**
 * An estate's published rule for temporary parking (004 §17; the seed's: CNY 2 for up to 2 hours, CNY 1 more for each
 * further hour begun, at most CNY 6 a day). A stay is counted in periods of 24 hours from its entry: each whole period
 * costs the daily cap; the rest is charged by the rule, at most the cap. So a stay across midnight is one stay, not two.
 *
 * @param firstBlock      what the first hours cost (CNY 2)
 * @param firstBlockHours how many hours the first block covers (2)
 * @param perFurtherHour  each further hour begun (CNY 1)
 * @param dailyCap        the most one period of 24 hours costs (CNY 6)
 * @param monthlyRent     PRK-01: a resident's monthly rental, a month begun (the seed's example: CNY 100)
 */
public record ParkingTariff(Fen firstBlock, int firstBlockHours, Fen perFurtherHour, Fen dailyCap, Fen monthlyRent) {
    /** The most a published figure of the tariff may be: CNY 10 000. */
    public static final Fen MAX = Fen.yuan(10_000);
    /** The seed's tariff (declared after {@link #MAX}, which its constructor reads). */
    public static final ParkingTariff DEFAULT = new ParkingTariff(Fen.yuan(2), 2, Fen.yuan(1), Fen.yuan(6), Fen.yuan(100));

    public ParkingTariff {
        monthlyRent = monthlyRent == null ? Fen.yuan(100) : monthlyRent;
        if (monthlyRent.exceeds(MAX)) {
            throw new InvalidInput("a monthly rent is at most " + MAX);
        }
        if (firstBlock == null || perFurtherHour == null || dailyCap == null) {
            throw new InvalidInput("a parking tariff names its first block, each further hour and its daily cap");
        }
        if (firstBlockHours < 1 || firstBlockHours > 24) {
            throw new InvalidInput("the first block of a parking tariff is 1 to 24 hours");
        }
        if (firstBlock.exceeds(MAX) || perFurtherHour.exceeds(MAX) || dailyCap.exceeds(MAX)) {
            throw new InvalidInput("a parking tariff's figures are at most " + MAX);
        }
        if (firstBlock.exceeds(dailyCap)) {
            throw new InvalidInput("the daily cap of a parking tariff is at least its first block");
        }
    }
}
