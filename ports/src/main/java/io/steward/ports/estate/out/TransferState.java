package io.steward.ports.estate.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.PeriodFee;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.TransferCredit;
import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.TransferStage;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Stored state of an ownership transfer (EST-07); see {@link io.steward.ports.estate.TransferView}. */
public record TransferState(TransferId id, EstateId estate, UnitId unit, TransferStage stage, String titleCertificate,
                            LocalDate transferDate, PersonalData newOwner, String safetyLetter,
                            Map<Obligation, Disposition> dispositions, String creditAgreement, ArchiveId previousOwner,
                            ArchiveId newOwnerArchive, List<TransferCredit> credits, Fen refundDue, Fen creditCarried,
                            List<PeriodFee> charges, Fen managementDue, Fen prepaymentRequired, Fen prepaid, String receipt,
                            String requestedBy, Instant requestedAt, String completedBy, Instant completedAt,
                            String cancelReason, long version) implements Versioned<TransferState> {
    public TransferState {
        dispositions = dispositions == null ? Map.of() : Map.copyOf(dispositions);
        credits = credits == null ? List.of() : List.copyOf(credits);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    @Override
    public TransferState withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** A builder holding this state's components: a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A copy of a {@code TransferState} with some components changed; every transition starts from
     * {@link TransferState#toBuilder()}, never from a positional copy. {@link #build()} calls the canonical
     * constructor, so the record's own checks still run.
     */
    public static final class Builder {
        private TransferId id;
        private EstateId estate;
        private UnitId unit;
        private TransferStage stage;
        private String titleCertificate;
        private LocalDate transferDate;
        private PersonalData newOwner;
        private String safetyLetter;
        private Map<Obligation, Disposition> dispositions;
        private String creditAgreement;
        private ArchiveId previousOwner;
        private ArchiveId newOwnerArchive;
        private List<TransferCredit> credits;
        private Fen refundDue;
        private Fen creditCarried;
        private List<PeriodFee> charges;
        private Fen managementDue;
        private Fen prepaymentRequired;
        private Fen prepaid;
        private String receipt;
        private String requestedBy;
        private Instant requestedAt;
        private String completedBy;
        private Instant completedAt;
        private String cancelReason;
        private long version;

        private Builder(TransferState s) {
            id = s.id();
            estate = s.estate();
            unit = s.unit();
            stage = s.stage();
            titleCertificate = s.titleCertificate();
            transferDate = s.transferDate();
            newOwner = s.newOwner();
            safetyLetter = s.safetyLetter();
            dispositions = s.dispositions();
            creditAgreement = s.creditAgreement();
            previousOwner = s.previousOwner();
            newOwnerArchive = s.newOwnerArchive();
            credits = s.credits();
            refundDue = s.refundDue();
            creditCarried = s.creditCarried();
            charges = s.charges();
            managementDue = s.managementDue();
            prepaymentRequired = s.prepaymentRequired();
            prepaid = s.prepaid();
            receipt = s.receipt();
            requestedBy = s.requestedBy();
            requestedAt = s.requestedAt();
            completedBy = s.completedBy();
            completedAt = s.completedAt();
            cancelReason = s.cancelReason();
            version = s.version();
        }

        public Builder id(TransferId id) {
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

        public Builder stage(TransferStage stage) {
            this.stage = stage;
            return this;
        }

        public Builder titleCertificate(String titleCertificate) {
            this.titleCertificate = titleCertificate;
            return this;
        }

        public Builder transferDate(LocalDate transferDate) {
            this.transferDate = transferDate;
            return this;
        }

        public Builder newOwner(PersonalData newOwner) {
            this.newOwner = newOwner;
            return this;
        }

        public Builder safetyLetter(String safetyLetter) {
            this.safetyLetter = safetyLetter;
            return this;
        }

        public Builder dispositions(Map<Obligation, Disposition> dispositions) {
            this.dispositions = dispositions;
            return this;
        }

        public Builder creditAgreement(String creditAgreement) {
            this.creditAgreement = creditAgreement;
            return this;
        }

        public Builder previousOwner(ArchiveId previousOwner) {
            this.previousOwner = previousOwner;
            return this;
        }

        public Builder newOwnerArchive(ArchiveId newOwnerArchive) {
            this.newOwnerArchive = newOwnerArchive;
            return this;
        }

        public Builder credits(List<TransferCredit> credits) {
            this.credits = credits;
            return this;
        }

        public Builder refundDue(Fen refundDue) {
            this.refundDue = refundDue;
            return this;
        }

        public Builder creditCarried(Fen creditCarried) {
            this.creditCarried = creditCarried;
            return this;
        }

        public Builder charges(List<PeriodFee> charges) {
            this.charges = charges;
            return this;
        }

        public Builder managementDue(Fen managementDue) {
            this.managementDue = managementDue;
            return this;
        }

        public Builder prepaymentRequired(Fen prepaymentRequired) {
            this.prepaymentRequired = prepaymentRequired;
            return this;
        }

        public Builder prepaid(Fen prepaid) {
            this.prepaid = prepaid;
            return this;
        }

        public Builder receipt(String receipt) {
            this.receipt = receipt;
            return this;
        }

        public Builder requestedBy(String requestedBy) {
            this.requestedBy = requestedBy;
            return this;
        }

        public Builder requestedAt(Instant requestedAt) {
            this.requestedAt = requestedAt;
            return this;
        }

        public Builder completedBy(String completedBy) {
            this.completedBy = completedBy;
            return this;
        }

        public Builder completedAt(Instant completedAt) {
            this.completedAt = completedAt;
            return this;
        }

        public Builder cancelReason(String cancelReason) {
            this.cancelReason = cancelReason;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public TransferState build() {
            return new TransferState(id, estate, unit, stage, titleCertificate, transferDate, newOwner, safetyLetter,
                    dispositions, creditAgreement, previousOwner, newOwnerArchive, credits, refundDue, creditCarried,
                    charges, managementDue, prepaymentRequired, prepaid, receipt, requestedBy, requestedAt, completedBy,
                    completedAt, cancelReason, version);
        }
    }
}
