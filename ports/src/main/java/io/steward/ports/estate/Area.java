package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;

/** A floor area in hundredths of a square metre (exact, like money). */
public record Area(long hundredths) {
    public Area {
        if (hundredths < 0) {
            throw new InvalidInput("an area is never negative");
        }
    }

    public static Area squareMetres(String decimal) {
        try {
            return new Area(new java.math.BigDecimal(decimal).movePointRight(2).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidInput("area must be square metres with at most two decimals: " + decimal);
        }
    }

    @Override
    public String toString() {
        return (hundredths / 100) + "." + String.format("%02d", hundredths % 100);
    }
}
