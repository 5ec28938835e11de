package io.steward.ports.estate;

import java.time.Instant;

/** One line of a unit's occupancy history as callers see it (EST-02). */
public record OccupancyRecord(Occupancy from, Occupancy to, OccupancyCause cause, String reference, String actor,
                              Instant at) {
}
