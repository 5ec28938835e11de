/** Use cases of the shared kernel: who holds which role where. */
package io.steward.ports.shared.in;
