package io.steward.ports.keys.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/**
 * A key (or a set of keys on one ring) in the register.
 *
 * @param number      its number in the estate's register (KEY-02), from 1 without gaps
 * @param unit        the unit it opens, or null for a common area
 * @param commonArea  the common area it opens (plant room, roof door …), or null for a unit key
 * @param copies      how many keys the set holds
 * @param entrustedBy who entrusted it (KEY-04); the only person who may collect it (KEY-05)
 * @param entrusterIdentity a digest of the entrusting person's identity document, to verify who collects (KEY-05)
 * @param disclaimer  the no-liability disclaimer the entrusting owner acknowledged (KEY-04)
 * @param holder      who holds it now (KEY-12): the key manager while it is in the cabinet
 * @param dueAt       when a key that is out must be back (KEY-07), else null
 * @param reference   the incident, work order or handover the current status refers to
 * @param since       when it reached its current status
 * @param movements   how many movements its history holds; the next one is number {@code movements + 1}
 * @param remindedAt  when the holder of a key out past due was reminded (KEY-07), else null: once each time it is out
 */
public record KeyState(KeyId id, EstateId estate, long number, String label, UnitId unit, String unitCode,
                       String commonArea, int copies, CustodyReason reason, String entrustedBy, String entrusterIdentity,
                       String disclaimer,
                       KeyStatus status, String holder, Instant dueAt, String reference, Instant since, int movements,
                       Instant remindedAt, long version) implements Versioned<KeyState> {

    /** The same key as stored under {@code version}: what an adapter answers after a write. */
    @Override
    public KeyState withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** A builder holding this state's components: a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A copy of a {@code KeyState} with some components changed; every transition starts from
     * {@link KeyState#toBuilder()}, never from a positional copy. {@link #build()} calls the canonical
     * constructor, so the record's own checks still run.
     */
    public static final class Builder {
        private KeyId id;
        private EstateId estate;
        private long number;
        private String label;
        private UnitId unit;
        private String unitCode;
        private String commonArea;
        private int copies;
        private CustodyReason reason;
        private String entrustedBy;
        private String entrusterIdentity;
        private String disclaimer;
        private KeyStatus status;
        private String holder;
        private Instant dueAt;
        private String reference;
        private Instant since;
        private int movements;
        private Instant remindedAt;
        private long version;

        private Builder(KeyState s) {
            id = s.id();
            estate = s.estate();
            number = s.number();
            label = s.label();
            unit = s.unit();
            unitCode = s.unitCode();
            commonArea = s.commonArea();
            copies = s.copies();
            reason = s.reason();
            entrustedBy = s.entrustedBy();
            entrusterIdentity = s.entrusterIdentity();
            disclaimer = s.disclaimer();
            status = s.status();
            holder = s.holder();
            dueAt = s.dueAt();
            reference = s.reference();
            since = s.since();
            movements = s.movements();
            remindedAt = s.remindedAt();
            version = s.version();
        }

        public Builder id(KeyId id) {
            this.id = id;
            return this;
        }

        public Builder estate(EstateId estate) {
            this.estate = estate;
            return this;
        }

        public Builder number(long number) {
            this.number = number;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
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

        public Builder commonArea(String commonArea) {
            this.commonArea = commonArea;
            return this;
        }

        public Builder copies(int copies) {
            this.copies = copies;
            return this;
        }

        public Builder reason(CustodyReason reason) {
            this.reason = reason;
            return this;
        }

        public Builder entrustedBy(String entrustedBy) {
            this.entrustedBy = entrustedBy;
            return this;
        }

        public Builder entrusterIdentity(String entrusterIdentity) {
            this.entrusterIdentity = entrusterIdentity;
            return this;
        }

        public Builder disclaimer(String disclaimer) {
            this.disclaimer = disclaimer;
            return this;
        }

        public Builder status(KeyStatus status) {
            this.status = status;
            return this;
        }

        public Builder holder(String holder) {
            this.holder = holder;
            return this;
        }

        public Builder dueAt(Instant dueAt) {
            this.dueAt = dueAt;
            return this;
        }

        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public Builder since(Instant since) {
            this.since = since;
            return this;
        }

        public Builder movements(int movements) {
            this.movements = movements;
            return this;
        }

        public Builder remindedAt(Instant remindedAt) {
            this.remindedAt = remindedAt;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public KeyState build() {
            return new KeyState(id, estate, number, label, unit, unitCode, commonArea, copies, reason, entrustedBy,
                    entrusterIdentity, disclaimer, status, holder, dueAt, reference, since, movements, remindedAt,
                    version);
        }
    }
}
