package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * EST-07: the part of one of the old owner's charges that covers days from the transfer date on, credited back: the
 * charge line, its fee, the amount computed from the schedule for those days, and the days.
 */
public record TransferCredit(UUID line, String item, Fen amount, LocalDate from, LocalDate to) {
}
