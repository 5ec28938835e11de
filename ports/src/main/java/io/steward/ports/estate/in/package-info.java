/**
 * The estate context's use cases (in-ports), one interface each, with the command records they take. Commands
 * validate their shape in their constructors ({@link io.steward.ports.shared.InvalidInput}); the rules of
 * DOMAIN.md are enforced behind the interfaces and refuse with {@link io.steward.ports.shared.Refusal}s.
 */
package io.steward.ports.estate.in;
