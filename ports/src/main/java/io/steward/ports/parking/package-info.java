/**
 * Parking (DOMAIN.md §8, PRK-01; DEP-05): monthly rentals for the estate's owners and tenants only, with the vehicle
 * licence checked and the record the garage cashier gets every Monday; the IC card issued only for a monthly rental,
 * against its CNY 50 deposit in the deposit ledger, refunded when the card is returned after the rental ends; and
 * temporary parking charged by the estate's published tariff.
 */
package io.steward.ports.parking;
