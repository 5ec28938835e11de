package io.steward.ports.deposits;

import io.steward.ports.shared.Fen;
import java.time.Instant;

/**
 * One posting of a deposit as a caller sees it.
 *
 * @param debit    the debited account's kind
 * @param credit   the credited account's kind
 * @param pending  the hold this posting ends, if it ends one
 * @param reverses the entry this posting reverses, if it is a reversal
 */
public record PostingView(PostingId id, DepositId deposit, PostingCode code, PostingKind kind, AccountKind debit,
                          AccountKind credit, Fen amount, PostingId pending, PostingId reverses, String reference,
                          String evidence,
                          String actor, Instant at) {
}
