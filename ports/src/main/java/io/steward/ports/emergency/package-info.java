/**
 * Emergencies (DOMAIN.md §6): for now the incident log — every incident reported to the control room (EMG-03) is a
 * record that the acts it calls for name (KEY-09 a lost key, KEY-10 a spare key's use, KEY-11 a forced entry). The
 * emergency plans, graded response and incident command (EMG-01 … EMG-10) build on it.
 */
package io.steward.ports.emergency;
