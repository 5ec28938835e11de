/**
 * The emergency context's rules (DOMAIN.md §6). So far the incident log (EMG-03, EMG-10): the record that key custody's
 * emergency acts name — a loss (KEY-09), a spare key's use (KEY-10), a forced entry (KEY-11).
 */
package io.steward.domain.emergency;
