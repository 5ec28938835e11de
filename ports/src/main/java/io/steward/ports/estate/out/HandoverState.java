package io.steward.ports.estate.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.HandoverDefect;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.HandoverStep;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Stored state of one handover (房屋交接, EST-04). {@code trail} lists the completed steps in order. */
public record HandoverState(HandoverId id, EstateId estate, UnitId unit, HandoverStage stage, String ownerName,
                            ArchiveId archive, List<String> documentsCollected, String safetyLetter,
                            LocalDate handoverDate, LocalDate prepaidThrough, Fen feesDue, Fen feesPaid,
                            List<HandoverDefect> defects, boolean rectificationKeyKept, int keysHanded,
                            List<String> documentsHanded, String receiptSignedBy, String declineReason,
                            List<HandoverStep> trail, long version) implements Versioned<HandoverState> {
    public HandoverState {
        documentsCollected = List.copyOf(documentsCollected);
        defects = List.copyOf(defects);
        documentsHanded = List.copyOf(documentsHanded);
        trail = List.copyOf(trail);
    }

    /**
     * The date by which {@link Handovers#ofEstate} reports a handover: its handover date, else the (UTC) day of its
     * last step (a handover declined before fees were computed has no handover date).
     */
    public LocalDate reportDate() {
        return handoverDate != null ? handoverDate : LocalDate.ofInstant(trail.get(trail.size() - 1).at(), ZoneOffset.UTC);
    }

    /** The same state as stored under {@code version}: what an adapter answers after a write. */
    @Override
    public HandoverState withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** A builder holding this state's components: a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A copy of a {@code HandoverState} with some components changed; every transition starts from
     * {@link HandoverState#toBuilder()}, never from a positional copy. {@link #build()} calls the canonical
     * constructor, so the record's own checks still run.
     */
    public static final class Builder {
        private HandoverId id;
        private EstateId estate;
        private UnitId unit;
        private HandoverStage stage;
        private String ownerName;
        private ArchiveId archive;
        private List<String> documentsCollected;
        private String safetyLetter;
        private LocalDate handoverDate;
        private LocalDate prepaidThrough;
        private Fen feesDue;
        private Fen feesPaid;
        private List<HandoverDefect> defects;
        private boolean rectificationKeyKept;
        private int keysHanded;
        private List<String> documentsHanded;
        private String receiptSignedBy;
        private String declineReason;
        private List<HandoverStep> trail;
        private long version;

        private Builder(HandoverState s) {
            id = s.id();
            estate = s.estate();
            unit = s.unit();
            stage = s.stage();
            ownerName = s.ownerName();
            archive = s.archive();
            documentsCollected = s.documentsCollected();
            safetyLetter = s.safetyLetter();
            handoverDate = s.handoverDate();
            prepaidThrough = s.prepaidThrough();
            feesDue = s.feesDue();
            feesPaid = s.feesPaid();
            defects = s.defects();
            rectificationKeyKept = s.rectificationKeyKept();
            keysHanded = s.keysHanded();
            documentsHanded = s.documentsHanded();
            receiptSignedBy = s.receiptSignedBy();
            declineReason = s.declineReason();
            trail = s.trail();
            version = s.version();
        }

        public Builder id(HandoverId id) {
            this.id = id;
            return this;
        }

        public Builder estate(EstateId estate) {
            this.estate = estate;
            return this;
        }

        public Builder unit(UnitId unit) {
            this.unit = unit;
            return this;
        }

        public Builder stage(HandoverStage stage) {
            this.stage = stage;
            return this;
        }

        public Builder ownerName(String ownerName) {
            this.ownerName = ownerName;
            return this;
        }

        public Builder archive(ArchiveId archive) {
            this.archive = archive;
            return this;
        }

        public Builder documentsCollected(List<String> documentsCollected) {
            this.documentsCollected = documentsCollected;
            return this;
        }

        public Builder safetyLetter(String safetyLetter) {
            this.safetyLetter = safetyLetter;
            return this;
        }

        public Builder handoverDate(LocalDate handoverDate) {
            this.handoverDate = handoverDate;
            return this;
        }

        public Builder prepaidThrough(LocalDate prepaidThrough) {
            this.prepaidThrough = prepaidThrough;
            return this;
        }

        public Builder feesDue(Fen feesDue) {
            this.feesDue = feesDue;
            return this;
        }

        public Builder feesPaid(Fen feesPaid) {
            this.feesPaid = feesPaid;
            return this;
        }

        public Builder defects(List<HandoverDefect> defects) {
            this.defects = defects;
            return this;
        }

        public Builder rectificationKeyKept(boolean rectificationKeyKept) {
            this.rectificationKeyKept = rectificationKeyKept;
            return this;
        }

        public Builder keysHanded(int keysHanded) {
            this.keysHanded = keysHanded;
            return this;
        }

        public Builder documentsHanded(List<String> documentsHanded) {
            this.documentsHanded = documentsHanded;
            return this;
        }

        public Builder receiptSignedBy(String receiptSignedBy) {
            this.receiptSignedBy = receiptSignedBy;
            return this;
        }

        public Builder declineReason(String declineReason) {
            this.declineReason = declineReason;
            return this;
        }

        public Builder trail(List<HandoverStep> trail) {
            this.trail = trail;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public HandoverState build() {
            return new HandoverState(id, estate, unit, stage, ownerName, archive, documentsCollected, safetyLetter,
                    handoverDate, prepaidThrough, feesDue, feesPaid, defects, rectificationKeyKept, keysHanded,
                    documentsHanded, receiptSignedBy, declineReason, trail, version);
        }
    }
}
