/**
 * Contract tests for out-ports. Extend {@link io.steward.testkit.contract.EstatePortsContract} and
 * {@link io.steward.testkit.contract.SharedPortsContract} in your test sources and return your adapter from
 * {@code adapters()}; every implementation Steward ships (in-memory, JPA on H2, JPA on PostgreSQL) runs the same
 * tests. The kit assumes a fresh, empty store per test class instance or distinct ids per test (it uses new
 * random ids everywhere, so one shared database is fine).
 */
package io.steward.testkit.contract;
