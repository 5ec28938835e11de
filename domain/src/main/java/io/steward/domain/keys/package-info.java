/**
 * Key custody (DOMAIN.md §2). {@link io.steward.domain.keys.Key} is the aggregate: its status is a state machine
 * (in the cabinet → out with one member of staff → back; or out of custody for good), and each transition yields
 * exactly one movement for the append-only history. Two movements of the same key race on the key's version, so
 * one of them is refused (KEY-12). Numbers come from the estate's register, which the out-port locks while a
 * registration is under way (KEY-02: in sequence, no gaps). The unit's handover and archive are read through the
 * estate context's out-ports, never its aggregates.
 *
 * <p>Who moves keys is a policy of its own ({@code Keepers}, KEY-02: the designated key manager or a recorded
 * deputy); who may hold one ({@code StaffHolders}: staff of the estate, signing themselves); which keys enter the
 * register ({@code KeyAdmission}, KEY-01/04). {@code KeyRegistry}, {@code KeyDesk} and {@code KeyQueries} are the
 * desks; {@code KeyCustody} gathers them for the assembly.
 *
 * <p>The register follows the estate desk through policies the domain assembly registers on the estate's events,
 * run as the system, synchronously, so that the desk and the register commit or fail together. At the handover (EST-04 → KEY-03) the
 * developer's keys in the cabinet go to the owner, one kept for rectification where the owner agreed (taken off a set,
 * so the register never counts a key twice), and the keys must add up to those the desk handed. At a transfer
 * (EST-07 → KEY-05) the old owner's entrusted keys are an obligation ({@link io.steward.domain.keys.KeyObligations})
 * that the transfer disposes of explicitly; moved, they are the new owner's to collect.
 */
package io.steward.domain.keys;
