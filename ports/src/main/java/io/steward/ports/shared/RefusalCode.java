package io.steward.ports.shared;

import java.util.Map;

/**
 * One entry of a context's refusal catalogue ({@code EstateRefusals}, {@code KeyRefusals}, …): a stable code, the
 * DOMAIN.md rule it enforces and how it is reported. The domain refuses only through its catalogues (an ArchUnit rule
 * holds it to that), so every code a context can answer is listed in one place, with its status, for the people who
 * write clients against it.
 *
 * <p><b>When a refusal is a conflict (409) and when a rule (422).</b> {@link Refusal.Kind#CONFLICT}: the request is
 * one the rules allow, but the current state of what it acts on has moved past it or is taken — it was done already,
 * another act came first, the key is out, the census exists — so the same request can succeed against another state.
 * {@link Refusal.Kind#RULE}: the request itself asks for what a rule forbids in any order of events — an approval or a
 * signature missing, a role-holder who is not staff, an amount the schedule does not give, a date out of range, a step
 * out of its process's order.
 *
 * <p>An entry whose {@link #ruleId()} is {@code null} is a shared check (an approval, the arrears, the meters) that
 * enforces the rule of the act that calls it: the act names it ({@link #refuseFor}).
 */
public interface RefusalCode {
    /** What an entry is: its rule ({@code null} when the act that refuses names it), its code and its kind. */
    record Definition(String ruleId, String code, Refusal.Kind kind) {
    }

    /** The entry's definition; the accessors below read it, so that a catalogue holds one field per entry. */
    Definition definition();

    /** The DOMAIN.md rule, or {@code null} when the act that refuses names it. */
    default String ruleId() {
        return definition().ruleId();
    }

    default String code() {
        return definition().code();
    }

    default Refusal.Kind kind() {
        return definition().kind();
    }

    default Refusal refuse(String message) {
        return refuse(message, Map.of());
    }

    default Refusal refuse(String message, Map<String, ?> details) {
        if (ruleId() == null) {
            throw new IllegalStateException(code() + " enforces the rule of the act that refuses: use refuseFor(rule, …)");
        }
        return create(ruleId(), message, details);
    }

    /** For an entry that enforces the rule of the act: {@code rule} is that act's rule. */
    default Refusal refuseFor(String rule, String message) {
        return refuseFor(rule, message, Map.of());
    }

    default Refusal refuseFor(String rule, String message, Map<String, ?> details) {
        return create(rule, message, details);
    }

    private Refusal create(String rule, String message, Map<String, ?> details) {
        return kind() == Refusal.Kind.CONFLICT ? new Conflict(rule, code(), message, details)
                : new Refusal(rule, code(), message, details);
    }
}
