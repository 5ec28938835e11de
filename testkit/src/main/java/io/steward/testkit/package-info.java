/**
 * The kit an integrator runs against their own code: abstract contract tests for Steward's out-ports
 * ({@code contract}) and the architecture rules ({@code architecture}).
 */
package io.steward.testkit;
