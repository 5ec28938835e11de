/** The parking context's desk (API). */
package io.steward.ports.parking.in;
