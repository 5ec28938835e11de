/**
 * The architecture rules of ARCHITECTURE.md as ArchUnit rules, packaged so that an integrator runs the same checks
 * on their own code: {@link io.steward.testkit.architecture.StewardRules#LAYERS} for a build of Steward itself, and
 * {@link io.steward.testkit.architecture.StewardRules#usesPortsOnly} for code that embeds Steward. Every rule keeps
 * ArchUnit's {@code failOnEmptyShould}: a rule that matches no class fails instead of proving nothing.
 */
package io.steward.testkit.architecture;
