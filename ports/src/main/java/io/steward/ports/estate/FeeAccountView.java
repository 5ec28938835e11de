package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import java.util.List;

/**
 * A unit's fee account: what was charged (net of reversals and credits) and paid (net of reversals and of refunds owed
 * back), the arrears (owed, unpaid), any credit (paid in excess), and the refunds owed to payers and not yet paid out.
 * EST-06, EST-07 and EST-09 refuse while {@code arrears} is not zero.
 *
 * @param lines     the latest lines, at most {@link #RECENT}, oldest first (the whole account, paged:
 *                  {@code BrowseEstates.feeLines})
 * @param lineCount how many lines the account has
 */
public record FeeAccountView(UnitId unit, Fen charged, Fen paid, Fen arrears, Fen credit, Fen refundsDue, List<FeeLine> lines,
                             long lineCount) {
    /** How many of the latest lines a view of the account shows. */
    public static final int RECENT = 10;

    public FeeAccountView {
        lines = List.copyOf(lines);
    }
}
