/** The deposits context's desks (API). */
package io.steward.ports.deposits.in;
