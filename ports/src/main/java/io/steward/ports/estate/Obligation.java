package io.steward.ports.estate;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What an owner may leave open when the unit changes hands (EST-07): each open one needs an explicit
 * {@link Disposition}, so nothing is lost silently. An obligation is a code that the context holding it declares
 * ({@link io.steward.ports.estate.out.OpenObligations#declared()}); the estate context declares its own three below,
 * key custody declares {@code ENTRUSTED_KEYS} ({@code io.steward.ports.keys.KeyObligation}), and a new context adds its
 * own without editing this type. The transfer refuses a disposition for a code nobody declared.
 */
public record Obligation(String code) implements Comparable<Obligation> {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /**
     * The old owner's money in the unit's account once their charges for the days from the transfer date on are credited
     * back: refunded to them ({@code SETTLED}), or carried to the new owner by their recorded agreement.
     */
    public static final Obligation FEE_CREDIT = new Obligation("FEE_CREDIT");
    /** A tenant still lives in the unit. */
    public static final Obligation ACTIVE_TENANCY = new Obligation("ACTIVE_TENANCY");
    /** Defects of the handover list are not yet closed. */
    public static final Obligation OPEN_HANDOVER_DEFECTS = new Obligation("OPEN_HANDOVER_DEFECTS");

    public Obligation {
        Objects.requireNonNull(code, "code");
        if (!isCode(code)) {
            throw new IllegalArgumentException("an obligation's code is upper-case letters, digits and underscores, "
                    + "starting with a letter, at most 64: " + code);
        }
    }

    /** Whether {@code text} is well-formed as an obligation's code (whether anyone declared it is the transfer's check). */
    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    public static Obligation of(String code) {
        return new Obligation(code);
    }

    /** Dispositions keyed by their codes, in code order: how they are written as JSON (an object, one field per code). */
    public static <V> Map<String, V> byCode(Map<Obligation, V> dispositions) {
        Map<String, V> codes = new TreeMap<>();
        dispositions.forEach((o, v) -> codes.put(o.code(), v));
        return codes;
    }

    /** The reverse of {@link #byCode}: each code must be well-formed. */
    public static <V> Map<Obligation, V> fromCodes(Map<String, V> codes) {
        Map<Obligation, V> dispositions = new TreeMap<>();
        codes.forEach((c, v) -> dispositions.put(of(c), v));
        return dispositions;
    }

    @Override
    public int compareTo(Obligation other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
