/** The use cases of the emergency context, one interface each. */
package io.steward.ports.emergency.in;
