/** What the emergency context needs from outside: the incident log. */
package io.steward.ports.emergency.out;
