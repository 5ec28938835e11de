package io.steward.ports.estate.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;

/** One line of the developer's owner roster (业主清册), against which identity is verified at handover (EST-04). */
public record RosterEntry(EstateId estate, UnitId unit, String ownerName, String idNumber, String contractNumber) {
}
