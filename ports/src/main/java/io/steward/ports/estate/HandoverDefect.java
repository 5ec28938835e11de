package io.steward.ports.estate;

import java.time.Instant;

/** One item of the handover defects list, numbered from 1 within its handover. */
public record HandoverDefect(int number, String location, String description, DefectStatus status,
                             Instant reportedAt, String rectification, Instant rectifiedAt, String closedBy,
                             Instant closedAt) {
    public boolean isOpen() {
        return status != DefectStatus.CLOSED;
    }
}
