/** The use cases of key custody (KEY-01 … KEY-12), one interface each, taking command records. */
package io.steward.ports.keys.in;
