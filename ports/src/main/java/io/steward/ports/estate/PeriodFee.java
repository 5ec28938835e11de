package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import java.time.LocalDate;

/** A fee of the schedule for a period: what, how much (computed and rounded once), from and to (inclusive). */
public record PeriodFee(String item, Fen amount, LocalDate from, LocalDate to) {
}
