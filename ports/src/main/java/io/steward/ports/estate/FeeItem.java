package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * One line of an estate's published fee schedule (DEP-02: the cashier computes from the schedule, not by hand).
 *
 * <p>Amounts are computed exactly and rounded once, half up to the fen, on the total of the period (area × rate ×
 * months), never month by month: 89.33 m² at CNY 2.51 a month for six months is 89.33 × 251 × 6 = 134 530.98 fen →
 * 134 531 fen, where six rounded months would make 6 × 22 422 = 134 532.
 *
 * @param code      stable code, e.g. {@code MGMT}
 * @param name      what the owner sees, e.g. 物业管理费
 * @param basis     how it is computed
 * @param rate      the rate in fen (per m² per month, per unit per month, or per unit of the meter)
 * @param unitKinds the kinds of unit it applies to; empty = all
 * @param category  what the fee is for; metered fees are utilities
 * @param meterUnit the meter's unit for a metered fee (m³, kWh), else null
 */
public record FeeItem(String code, String name, FeeBasis basis, Fen rate, Set<UnitKind> unitKinds, FeeCategory category,
                      String meterUnit) {
    /** The largest rate a schedule publishes: CNY 1 000 000 per m², unit or meter unit. */
    public static final long MAX_RATE = 100_000_000L;

    public FeeItem {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("fee item code is required");
        }
        if (basis == null || rate == null) {
            throw new InvalidInput("fee item " + code + " needs a basis and a rate");
        }
        if (rate.value() > MAX_RATE) {
            throw new InvalidInput("fee item " + code + ": a rate is at most " + MAX_RATE + " fen");
        }
        name = name == null || name.isBlank() ? code : name;
        unitKinds = unitKinds == null ? Set.of() : Set.copyOf(unitKinds);
        if (basis == FeeBasis.METERED) {
            if (category != null && category != FeeCategory.UTILITY) {
                throw new InvalidInput("fee item " + code + ": a metered fee is a UTILITY");
            }
            category = FeeCategory.UTILITY;
            meterUnit = meterUnit == null || meterUnit.isBlank() ? "unit" : meterUnit.trim();
        } else {
            if (category == FeeCategory.UTILITY) {
                throw new InvalidInput("fee item " + code + ": a UTILITY is billed by meter (basis METERED)");
            }
            category = category == null ? FeeCategory.SERVICE : category;
            meterUnit = null;
        }
    }

    /** Whether a unit of the given kind pays this fee. */
    public boolean appliesTo(UnitKind kind) {
        return unitKinds.isEmpty() || unitKinds.contains(kind);
    }

    public boolean metered() {
        return basis == FeeBasis.METERED;
    }

    /** This periodic fee for {@code months} whole months, computed exactly and rounded once. */
    public Fen forMonths(Area area, int months) {
        return round(perMonth(area).multiply(BigInteger.valueOf(months)), BigInteger.valueOf(100));
    }

    /**
     * This periodic fee for the days {@code from} … {@code to} (inclusive): the whole months from {@code from}, then the
     * days left as a share of the month that follows, computed exactly and rounded once.
     */
    public Fen forPeriod(Area area, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Fen.ZERO;
        }
        long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
        LocalDate rest = from.plusMonths(months);
        long days = ChronoUnit.DAYS.between(rest, to.plusDays(1));
        long monthLength = ChronoUnit.DAYS.between(rest, rest.plusMonths(1));
        BigInteger share = BigInteger.valueOf(months).multiply(BigInteger.valueOf(monthLength)).add(BigInteger.valueOf(days));
        return round(perMonth(area).multiply(share), BigInteger.valueOf(100).multiply(BigInteger.valueOf(monthLength)));
    }

    /** This metered fee for a consumption in thousandths of the meter's unit, rounded once. */
    public Fen forConsumption(long thousandths) {
        return round(BigInteger.valueOf(rate.value()).multiply(BigInteger.valueOf(thousandths)), BigInteger.valueOf(1000));
    }

    /** The month's amount × 100 (area is in hundredths of a m²), exact. */
    private BigInteger perMonth(Area area) {
        return switch (basis) {
            case PER_UNIT_MONTH -> BigInteger.valueOf(rate.value()).multiply(BigInteger.valueOf(100));
            case PER_SQUARE_METRE_MONTH -> BigInteger.valueOf(rate.value()).multiply(BigInteger.valueOf(area.hundredths()));
            case METERED -> throw new IllegalStateException("fee item " + code + " is metered, not periodic");
        };
    }

    private static Fen round(BigInteger numerator, BigInteger denominator) {
        BigInteger fen = new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP).toBigIntegerExact();
        if (fen.compareTo(BigInteger.valueOf(Fen.MAX)) > 0) {
            throw new InvalidInput("the amount exceeds " + Fen.MAX + " fen");
        }
        return Fen.of(fen.longValueExact());
    }
}
