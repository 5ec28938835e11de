/**
 * Key custody over HTTP: the register of an estate ({@code key-registers/{estate}}), each key and its movements
 * ({@code keys/{key}}), forced entries ({@code forced-entries}). A movement that finds the key with someone else, or
 * that lost the race for it, is a 409 problem; a rule that says no is a 422 problem naming its KEY rule.
 */
package io.steward.adapter.rest.keys;
