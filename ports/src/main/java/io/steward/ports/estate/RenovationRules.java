package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.util.List;

/**
 * An estate's published rules for renovations (REN-04, REN-05, REN-06), part of its {@link EstatePolicy}: what the
 * cashier charges besides the deposit (DEP-02: from the schedule, never by hand), the service phone the site permit
 * carries, and the prohibitions and hours the owner has explained to them and the agreement records.
 *
 * @param debrisPerSquareMetre REN-05 清运费: debris removal, per m² of the unit's floor area (zero: none charged)
 * @param passFee              REN-05 出入证: each worker pass (zero: none charged)
 * @param servicePhone         REN-06: the company's service phone on the site permit, for the workers' emergencies
 * @param workingHours         REN-04: when works are permitted, e.g. "08:00–12:00, 14:00–18:00"
 * @param movingHours          REN-04: when materials and debris are moved
 * @param prohibitions         REN-04: what the owner is told is forbidden (the seed's: façade changes, security bars …)
 */
public record RenovationRules(Fen debrisPerSquareMetre, Fen passFee, String servicePhone, String workingHours,
                              String movingHours, List<String> prohibitions) {
    /** The most a published renovation fee may be: CNY 100 000 a m² or a pass. */
    public static final Fen MAX = Fen.yuan(100_000);
    /** The seed's prohibitions (004 §2 step 8), explained besides the written rules. */
    public static final List<String> SEED_PROHIBITIONS = List.of("no change to the façade or the outside appearance",
            "no security bars or grilles on windows and balconies", "fire safety on site: no open fire without a hot-work permit",
            "works and noise only in the permitted hours", "materials and debris moved only in the moving hours");
    /** Until an estate publishes its own: no debris or pass fees, no service phone (a permit needs one), seed rules. */
    public static final RenovationRules DEFAULT = new RenovationRules(Fen.ZERO, Fen.ZERO, null, "08:00–12:00, 14:00–18:00",
            "08:00–20:00", SEED_PROHIBITIONS);

    public RenovationRules {
        debrisPerSquareMetre = debrisPerSquareMetre == null ? Fen.ZERO : debrisPerSquareMetre;
        passFee = passFee == null ? Fen.ZERO : passFee;
        if (debrisPerSquareMetre.exceeds(MAX) || passFee.exceeds(MAX)) {
            throw new InvalidInput("a renovation fee is at most " + MAX);
        }
        servicePhone = Texts.optional(servicePhone);
        if (servicePhone != null && !servicePhone.matches("[0-9+()\\- ]{3,30}")) {
            throw new InvalidInput("the service phone is 3 to 30 digits, spaces, +, -, ( or )");
        }
        workingHours = Texts.required(workingHours, "the permitted working hours");
        movingHours = Texts.required(movingHours, "the permitted moving hours");
        prohibitions = prohibitions == null || prohibitions.isEmpty() ? SEED_PROHIBITIONS : List.copyOf(prohibitions);
        if (prohibitions.size() > 30 || prohibitions.stream().anyMatch(p -> p == null || p.isBlank() || p.length() > 200)
                || workingHours.length() > 100 || movingHours.length() > 100) {
            throw new InvalidInput("at most 30 prohibitions of 200 characters; hours of 100 characters");
        }
    }
}
