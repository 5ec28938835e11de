/**
 * The REST adapter: drives the in-ports over HTTP with Jakarta REST. This package holds what every context shares:
 * RFC 9457 problem details for every error ({@link io.steward.adapter.rest.ProblemMapper}), the JSON mapping of the
 * ports' value types ({@link io.steward.adapter.rest.JsonMapping}), paging, and the {@code Idempotency-Key} filter.
 *
 * <p>Resources and providers take their collaborators through {@code @Inject} constructors (no field injection), so
 * the same classes run under CDI in the reference server and as plain instances in the in-memory Jersey tests.
 * Request bodies are records validated with Jakarta Validation at the edge; the commands of the ports validate their
 * shape again, and the domain enforces the rules.
 */
package io.steward.adapter.rest;
