/**
 * The one domain assembly ({@link io.steward.domain.assembly.Steward}): every use case of every context built from
 * the out-ports, and the policies between contexts registered once — the key register follows the handover, the
 * transfer and the project manager's decision about a lost key; a resident's role ends with the residence. The
 * reference server's CDI producers, the tests and an embedding ERP all build Steward through it, so that no wiring
 * of a policy can be forgotten in one of them.
 */
package io.steward.domain.assembly;
