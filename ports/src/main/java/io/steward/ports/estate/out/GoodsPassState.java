package io.steward.ports.estate.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.PassStatus;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;
import java.util.List;

/**
 * A goods-release pass (EST-09). The signatures are the three of the paper pass: staff, owner, carrier; the pass
 * is printed twice, one copy for the gate. {@code usedBy} names the move-out that used a pass for moving out (EST-06).
 */
public record GoodsPassState(GoodsPassId id, EstateId estate, UnitId unit, String unitCode, String carrierName,
                             Carrier carrier, List<GoodsItem> items, RemovalPurpose purpose, PassStatus status,
                             boolean frequentRemoval, OwnerCall ownerCall, String staffSignature, String ownerSignature,
                             String carrierSignature, String requestedBy, Instant requestedAt, String verifiedBy,
                             Instant verifiedAt, String usedBy, long version) implements Versioned<GoodsPassState> {
    public GoodsPassState {
        items = List.copyOf(items);
    }

    @Override
    public GoodsPassState withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** A builder holding this state's components: a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A copy of a {@code GoodsPassState} with some components changed; every transition starts from
     * {@link GoodsPassState#toBuilder()}, never from a positional copy. {@link #build()} calls the canonical
     * constructor, so the record's own checks still run.
     */
    public static final class Builder {
        private GoodsPassId id;
        private EstateId estate;
        private UnitId unit;
        private String unitCode;
        private String carrierName;
        private Carrier carrier;
        private List<GoodsItem> items;
        private RemovalPurpose purpose;
        private PassStatus status;
        private boolean frequentRemoval;
        private OwnerCall ownerCall;
        private String staffSignature;
        private String ownerSignature;
        private String carrierSignature;
        private String requestedBy;
        private Instant requestedAt;
        private String verifiedBy;
        private Instant verifiedAt;
        private String usedBy;
        private long version;

        private Builder(GoodsPassState s) {
            id = s.id();
            estate = s.estate();
            unit = s.unit();
            unitCode = s.unitCode();
            carrierName = s.carrierName();
            carrier = s.carrier();
            items = s.items();
            purpose = s.purpose();
            status = s.status();
            frequentRemoval = s.frequentRemoval();
            ownerCall = s.ownerCall();
            staffSignature = s.staffSignature();
            ownerSignature = s.ownerSignature();
            carrierSignature = s.carrierSignature();
            requestedBy = s.requestedBy();
            requestedAt = s.requestedAt();
            verifiedBy = s.verifiedBy();
            verifiedAt = s.verifiedAt();
            usedBy = s.usedBy();
            version = s.version();
        }

        public Builder id(GoodsPassId id) {
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

        public Builder unitCode(String unitCode) {
            this.unitCode = unitCode;
            return this;
        }

        public Builder carrierName(String carrierName) {
            this.carrierName = carrierName;
            return this;
        }

        public Builder carrier(Carrier carrier) {
            this.carrier = carrier;
            return this;
        }

        public Builder items(List<GoodsItem> items) {
            this.items = items;
            return this;
        }

        public Builder purpose(RemovalPurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder status(PassStatus status) {
            this.status = status;
            return this;
        }

        public Builder frequentRemoval(boolean frequentRemoval) {
            this.frequentRemoval = frequentRemoval;
            return this;
        }

        public Builder ownerCall(OwnerCall ownerCall) {
            this.ownerCall = ownerCall;
            return this;
        }

        public Builder staffSignature(String staffSignature) {
            this.staffSignature = staffSignature;
            return this;
        }

        public Builder ownerSignature(String ownerSignature) {
            this.ownerSignature = ownerSignature;
            return this;
        }

        public Builder carrierSignature(String carrierSignature) {
            this.carrierSignature = carrierSignature;
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

        public Builder verifiedBy(String verifiedBy) {
            this.verifiedBy = verifiedBy;
            return this;
        }

        public Builder verifiedAt(Instant verifiedAt) {
            this.verifiedAt = verifiedAt;
            return this;
        }

        public Builder usedBy(String usedBy) {
            this.usedBy = usedBy;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public GoodsPassState build() {
            return new GoodsPassState(id, estate, unit, unitCode, carrierName, carrier, items, purpose, status,
                    frequentRemoval, ownerCall, staffSignature, ownerSignature, carrierSignature, requestedBy,
                    requestedAt, verifiedBy, verifiedAt, usedBy, version);
        }
    }
}
