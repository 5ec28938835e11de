/** The parking context's SPI: the monthly rentals. Implemented by the adapters. */
package io.steward.ports.parking.out;
