package io.steward.ports.estate;

/**
 * EST-04 as a state machine, in the order of the rule (004 §1). Each stage is reached only from the one before;
 * {@link #NOT_TAKEN_OVER} ends a handover that did not happen, with its reason.
 */
public enum HandoverStage {
    STARTED, IDENTITY_VERIFIED, DOCUMENTS_COLLECTED, ARCHIVE_FILLED, SAFETY_LETTER_SIGNED, FEES_COMPUTED, FEES_PAID,
    INSPECTED, COMPLETED, NOT_TAKEN_OVER;

    public boolean isFinal() {
        return this == COMPLETED || this == NOT_TAKEN_OVER;
    }

    /** The stage a successful next step reaches, or null when the handover is over. */
    public HandoverStage next() {
        return isFinal() ? null : values()[ordinal() + 1];
    }
}
