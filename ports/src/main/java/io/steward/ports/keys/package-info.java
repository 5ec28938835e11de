/**
 * Key custody (钥匙管理, DOMAIN.md §2, KEY-01 … KEY-12): the key register of an estate, numbered in sequence and kept
 * by a designated key manager; every movement of a key as an append-only record of who, to whom, why, when and
 * who signed; exactly one holder per key at any time; spare-key use and forced entry in emergencies.
 */
package io.steward.ports.keys;
