package io.steward.ports.deposits;

/** DEP-03: the only things a deposit may be deducted for, each with the evidence it names. */
public enum DeductionKind {
    /** A violation penalty under the agreement, approved by the project manager (REN-09): names the approval. */
    PENALTY(PostingCode.PENALTY, AccountKind.PENALTY_INCOME),
    /** The unit's unpaid fees: names the unpaid charge on the unit's fee account. */
    UNPAID_FEES(PostingCode.UNPAID_FEES, AccountKind.UNIT_FEES),
    /** The unit's unpaid utilities: names the unpaid utility charge on the unit's fee account. */
    UNPAID_UTILITIES(PostingCode.UNPAID_UTILITIES, AccountKind.UNIT_UTILITIES);

    private final PostingCode code;
    private final AccountKind credited;

    DeductionKind(PostingCode code, AccountKind credited) {
        this.code = code;
        this.credited = credited;
    }

    public PostingCode code() {
        return code;
    }

    /** The account the deduction pays. */
    public AccountKind credited() {
        return credited;
    }

    /** The kind of deduction a posting code is, if it is one. */
    public static DeductionKind of(PostingCode code) {
        for (DeductionKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        return null;
    }
}
