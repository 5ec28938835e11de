/**
 * The estate context over HTTP: estates and their layout, units and occupancy, handover step by step (EST-04),
 * move-in (EST-05), fee accounts, the owner archive with its access requests (EST-08), and role grants.
 * {@link io.steward.adapter.rest.estate.EstateRequests} holds the request bodies; each validates its shape with
 * Jakarta Validation and converts itself into the command of the ports.
 */
package io.steward.adapter.rest.estate;
