/**
 * The composition root of the reference server: the only code that constructs domain services and hands them
 * their adapters (ARCHITECTURE.md rule 3). {@link io.steward.app.Composition} wires the in-ports over the JPA
 * adapter with CDI producers; {@link io.steward.app.JtaTransactions} gives the domain container-managed
 * transactions; {@link io.steward.app.SchemaMigration} brings the database to the current schema before the first
 * request; the REST adapter's resources are found by the JAX-RS runtime and injected through their constructors.
 */
package io.steward.app;
