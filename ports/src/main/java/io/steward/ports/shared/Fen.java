package io.steward.ports.shared;

/**
 * An exact, non-negative amount of Chinese yuan in fen (0.01 CNY). DEP-06: money is never a floating-point number.
 *
 * @param value the amount in fen, never negative
 */
public record Fen(long value) implements Comparable<Fen> {

    public static final Fen ZERO = new Fen(0);

    /**
     * The largest amount Steward holds in one figure: CNY 10 000 000 000 000 (10¹⁵ fen). Any sum of figures stays far
     * below {@code Long.MAX_VALUE}, so no input can make a total overflow (a total beyond it is refused).
     */
    public static final long MAX = 1_000_000_000_000_000L;

    public Fen {
        if (value < 0) {
            throw new InvalidInput("an amount of money is never negative: " + value + " fen");
        }
        if (value > MAX) {
            throw new InvalidInput("an amount of money is at most " + MAX + " fen: " + value);
        }
    }

    public static Fen of(long fen) {
        return new Fen(fen);
    }

    public static Fen yuan(long yuan) {
        return new Fen(Math.multiplyExact(yuan, 100L));
    }

    public Fen plus(Fen other) {
        return new Fen(Math.addExact(value, other.value));
    }

    /** @throws InvalidInput when the result would be negative */
    public Fen minus(Fen other) {
        return new Fen(Math.subtractExact(value, other.value));
    }

    /** The part of this amount above {@code other}, or zero. */
    public Fen excessOver(Fen other) {
        return value > other.value ? new Fen(value - other.value) : ZERO;
    }

    public Fen times(long factor) {
        return new Fen(Math.multiplyExact(value, factor));
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean exceeds(Fen other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Fen other) {
        return Long.compare(value, other.value);
    }

    /** The amount as yuan with two decimals, e.g. {@code 1234.50}. */
    public String toYuanString() {
        long cents = value % 100;
        return (value / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    @Override
    public String toString() {
        return "CNY " + toYuanString();
    }
}
