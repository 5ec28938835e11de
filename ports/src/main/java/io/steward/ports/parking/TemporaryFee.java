package io.steward.ports.parking;

import io.steward.ports.shared.Fen;
import java.time.Instant;

/**
 * A temporary stay's fee by the estate's published tariff, with how it was reached.
 *
 * @param wholeDays  periods of 24 hours from the entry, each at the daily cap
 * @param restMinutes what the stay lasted beyond them, charged by the rule
 */
public record TemporaryFee(Instant entry, Instant exit, long wholeDays, long restMinutes, Fen amount, String explanation) {
}
