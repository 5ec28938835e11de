/**
 * The JPA adapter: every out-port on Jakarta Persistence 3.1, portable across EclipseLink (Liberty) and other
 * providers. The schema belongs to the Flyway migrations in {@code db/steward} ({@link JpaSchema}), never to
 * provider DDL generation (EclipseLink 4.0 generates DDL that H2 2.x and PostgreSQL reject).
 *
 * <p>Design: data that is listed, filtered, counted or bulk-loaded — units, the occupancy history, the fee
 * ledger, the audit trail, role grants — has real columns. Aggregates that are only ever read and written whole
 * (a handover with its defects and trail, an archive, an access request, a goods-release pass, a census round) are
 * stored as versioned JSON documents
 * with their lookup keys as indexed columns ({@link DocumentRow}), so their shape can evolve without a migration
 * per field. Optimistic locking is JPA's {@code @Version} plus an explicit check of the version the caller read:
 * a stale write becomes {@link io.steward.ports.shared.ConcurrentUpdate}, never a silent merge.
 *
 * <p>Documents and remembered answers are large objects (a 20 000-unit census is several megabytes): the one
 * migration that needs each database's own words lives in {@code db/steward-h2} and {@code db/steward-postgresql}.
 *
 * <p>Entities expose package-private fields that the repositories set directly; a container that weaves attribute
 * change tracking (Liberty) must use deferred change detection ({@code eclipselink.weaving.changetracking=false}),
 * as the reference server's persistence unit does — the in-container IT proves it.
 *
 * <p>Where the entity manager comes from is an {@link EntityManagerSource}: {@link JpaTransactions} for
 * RESOURCE_LOCAL use (tests, plain Java SE embedding), a container-managed one in the reference server.
 */
package io.steward.adapter.jpa;
