package io.steward.domain.parking;

import io.steward.ports.estate.ParkingTariff;
import io.steward.ports.parking.TemporaryFee;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;

/**
 * The temporary-parking calculator of an estate's published {@link ParkingTariff}: a stay is counted in periods of 24
 * hours from its entry; each whole period costs the daily cap; the rest costs the first block, then each further hour
 * begun, at most the cap. A stay of no time costs nothing. Exact in fen, and explained.
 */
public final class TemporaryParking {
    /** The longest stay charged in one ticket: a year; a longer one is a monthly rental or an abandoned car. */
    public static final Duration MAX_STAY = Duration.ofDays(366);

    private final ParkingTariff tariff;

    public TemporaryParking(ParkingTariff tariff) {
        this.tariff = tariff;
    }

    public TemporaryFee fee(Instant entry, Instant exit) {
        if (entry == null || exit == null || exit.isBefore(entry)) {
            throw new InvalidInput("a stay ends after it begins");
        }
        Duration stay = Duration.between(entry, exit);
        if (stay.compareTo(MAX_STAY) > 0) {
            throw new InvalidInput("a temporary stay is charged up to " + MAX_STAY.toDays() + " days");
        }
        long minutes = (stay.getSeconds() + 59) / 60;
        long days = minutes / (24 * 60);
        long rest = minutes % (24 * 60);
        Fen ofRest = rest(rest);
        Fen amount = tariff.dailyCap().times(days).plus(ofRest);
        String explanation = (days == 0 ? "" : days + " × 24 h at the daily cap " + tariff.dailyCap().toYuanString() + " + ")
                + rest + " min: " + ofRest.toYuanString() + " (" + tariff.firstBlock().toYuanString() + " up to "
                + tariff.firstBlockHours() + " h, " + tariff.perFurtherHour().toYuanString()
                + " each further hour begun, at most " + tariff.dailyCap().toYuanString() + ")";
        return new TemporaryFee(entry, exit, days, rest, amount, explanation);
    }

    private Fen rest(long minutes) {
        if (minutes == 0) {
            return Fen.ZERO;
        }
        long beyond = Math.max(0, minutes - tariff.firstBlockHours() * 60L);
        long furtherHours = (beyond + 59) / 60;
        Fen fee = tariff.firstBlock().plus(tariff.perFurtherHour().times(furtherHours));
        return fee.exceeds(tariff.dailyCap()) ? tariff.dailyCap() : fee;
    }
}
