/**
 * The shared kernel every context speaks: exact money ({@link io.steward.ports.shared.Fen}), estate scope and
 * roles (DOMAIN.md §0), refusals that carry a rule id, paging and the audit record.
 *
 * <p>Nothing here depends on anything but {@code java.*}: integrators compile against this module alone.
 */
package io.steward.ports.shared;
