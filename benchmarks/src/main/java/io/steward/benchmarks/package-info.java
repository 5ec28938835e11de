/**
 * JMH benchmarks of the library: the EST-01 bulk import of a 20 000-unit estate in one call and a key check-out with
 * its return (KEY-07/12) on a fresh register and on one with a long history, each on the in-memory
 * adapter (the domain's own cost, the baseline) and on the JPA adapter over H2 and, with
 * {@code -p adapter=jpa-postgres}, PostgreSQL. Run: {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package io.steward.benchmarks;
