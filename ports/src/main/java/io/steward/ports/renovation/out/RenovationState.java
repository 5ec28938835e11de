package io.steward.ports.renovation.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationRecords.Agreement;
import io.steward.ports.renovation.RenovationRecords.Application;
import io.steward.ports.renovation.RenovationRecords.Completion;
import io.steward.ports.renovation.RenovationRecords.Consent;
import io.steward.ports.renovation.RenovationRecords.EntryInspection;
import io.steward.ports.renovation.RenovationRecords.Fees;
import io.steward.ports.renovation.RenovationRecords.HotWorkPermit;
import io.steward.ports.renovation.RenovationRecords.Permit;
import io.steward.ports.renovation.RenovationRecords.Review;
import io.steward.ports.renovation.RenovationRecords.Round;
import io.steward.ports.renovation.RenovationRecords.Settlement;
import io.steward.ports.renovation.RenovationRecords.Step;
import io.steward.ports.renovation.RenovationRecords.Violation;
import io.steward.ports.renovation.RenovationRecords.WorkerPass;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.out.Versioned;
import java.util.List;
import java.util.Objects;

/**
 * A renovation as stored: its status and every form of its process (see {@link io.steward.ports.renovation.RenovationRecords}).
 * The domain's renovation builds it in one place; the lists only grow (its records are history), and the timeline
 * names every step.
 */
public record RenovationState(RenovationId id, EstateId estate, UnitId unit, RenovationStatus status,
                              Application application, Review review, Agreement agreement, Fees fees, Permit permit,
                              List<WorkerPass> workers, EntryInspection entry, List<Round> rounds,
                              List<HotWorkPermit> hotWorks, List<Consent> consents, List<Violation> violations,
                              Completion completion, Settlement settlement, List<Step> timeline, long version)
        implements Versioned<RenovationState> {
    public RenovationState {
        Objects.requireNonNull(id, "renovation id");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(review, "review");
        workers = workers == null ? List.of() : List.copyOf(workers);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        hotWorks = hotWorks == null ? List.of() : List.copyOf(hotWorks);
        consents = consents == null ? List.of() : List.copyOf(consents);
        violations = violations == null ? List.of() : List.copyOf(violations);
        completion = completion == null ? Completion.NONE : completion;
        settlement = settlement == null ? Settlement.NONE : settlement;
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    @Override
    public RenovationState withVersion(long version) {
        return new RenovationState(id, estate, unit, status, application, review, agreement, fees, permit, workers, entry,
                rounds, hotWorks, consents, violations, completion, settlement, timeline, version);
    }
}
