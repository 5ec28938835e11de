/**
 * What every context's services share: who may do what where ({@link io.steward.domain.shared.Access}) and the
 * frame of a use case ({@link io.steward.domain.shared.UseCases}: one transaction, one audit record, events).
 */
package io.steward.domain.shared;
