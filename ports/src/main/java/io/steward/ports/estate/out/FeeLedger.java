package io.steward.ports.estate.out;

import io.steward.ports.estate.UnitId;
import java.util.List;

/** The append-only fee accounts of units (DEP-06 applies to every money movement). */
public interface FeeLedger {
    void append(List<FeeEntry> entries);

    /** Oldest first. */
    List<FeeEntry> ofUnit(UnitId unit);
}
