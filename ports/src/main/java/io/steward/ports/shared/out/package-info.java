/**
 * What every context needs from outside (SPI): the caller, role grants, transactions, the audit trail, event
 * publication and idempotency records. Implemented by the adapters; an integrator can implement any of them.
 */
package io.steward.ports.shared.out;
