/** The shared kernel over HTTP: approvals, asked for, decided and then named by the acts they allow. */
package io.steward.adapter.rest.shared;
