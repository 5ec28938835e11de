/**
 * The parking context's rules (DOMAIN.md §8, PRK-01; DEP-05): {@link io.steward.domain.parking.ParkingDesk} records
 * monthly rentals for residents on file, issues their IC cards against a deposit collected in the deposit ledger and
 * refunds it when the card returns after the rental; {@link io.steward.domain.parking.TemporaryParking} charges a
 * temporary stay by the estate's published tariff.
 */
package io.steward.domain.parking;
