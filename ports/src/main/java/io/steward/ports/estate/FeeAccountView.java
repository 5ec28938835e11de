package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import java.util.List;

/**
 * A unit's fee account: what was charged and paid (net of reversals), the arrears (owed, unpaid) and any credit
 * (paid in excess). EST-06, EST-07 and EST-09 refuse while {@code arrears} is not zero.
 */
public record FeeAccountView(UnitId unit, Fen charged, Fen paid, Fen arrears, Fen credit, List<FeeLine> lines) {
}
