/**
 * The estate context (DOMAIN.md §1, EST-01 … EST-09): the estate and its hierarchy (cluster → building →
 * entrance → floor → unit), common parts, occupancy with its history, the handover of a unit to its owner, the
 * owner archive with its personal data, move-in and tenant move-out, ownership transfer, goods-release passes,
 * the monthly occupancy census, and each unit's fee account.
 *
 * <p>This package holds ids, value types, commands, views, events and refusals; {@code in} holds the use cases,
 * {@code out} the repositories the library needs.
 */
package io.steward.ports.estate;
