/**
 * Key custody (DOMAIN.md §2). {@link io.steward.domain.keys.Key} is the aggregate: its status is a state machine
 * (in the cabinet → out with one member of staff → back; or out of custody for good), and each transition yields
 * exactly one movement for the append-only history. Two movements of the same key race on the key's version, so
 * one of them is refused (KEY-12). Numbers come from the estate's register, which the out-port locks while a
 * registration is under way (KEY-02: in sequence, no gaps). The unit's handover and archive are read through the
 * estate context's out-ports, never its aggregates.
 */
package io.steward.domain.keys;
