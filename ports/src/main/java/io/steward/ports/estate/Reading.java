package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;
import java.math.BigDecimal;

/**
 * A meter reading in the meter's unit (m³, kWh), exact to the thousandth — read as a number, never free text.
 *
 * @param thousandths the reading × 1000, 0 to {@value #MAX}
 */
public record Reading(long thousandths) implements Comparable<Reading> {
    /** A meter reads at most 999 999 999.999 of its unit. */
    public static final long MAX = 999_999_999_999L;

    public Reading {
        if (thousandths < 0 || thousandths > MAX) {
            throw new InvalidInput("a meter reading is 0 to 999999999.999 of the meter's unit");
        }
    }

    public static Reading of(BigDecimal value) {
        if (value == null) {
            throw new InvalidInput("a meter reading is a number");
        }
        try {
            return new Reading(value.movePointRight(3).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidInput("a meter reading has at most three decimals and at most 9 digits before them: " + value);
        }
    }

    public static Reading of(String decimal) {
        try {
            return of(new BigDecimal(decimal.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInput("a meter reading is a number: " + decimal);
        }
    }

    public BigDecimal value() {
        return BigDecimal.valueOf(thousandths, 3);
    }

    @Override
    public int compareTo(Reading other) {
        return Long.compare(thousandths, other.thousandths);
    }

    @Override
    public String toString() {
        return value().toPlainString();
    }
}
