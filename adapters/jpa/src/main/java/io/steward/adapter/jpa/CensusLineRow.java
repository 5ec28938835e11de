package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code census_line}: one unit of a census round (EST-03), keyed by the round and the unit's code. */
@Entity
@Table(name = "census_line")
@IdClass(CensusLineRow.Key.class)
public class CensusLineRow {
    @Id
    @Column(name = "census_id")
    String censusId;
    @Id
    String code;
    @Column(name = "unit_id")
    String unitId;
    String registered;
    String observed;
    @Column(name = "checked_by")
    String checkedBy;
    @Column(name = "checked_at")
    Instant checkedAt;
    String note;
    @Column(name = "corrected_by")
    String correctedBy;
    @Column(name = "corrected_at")
    Instant correctedAt;

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String censusId;
        String code;

        public Key() {
        }

        Key(String censusId, String code) {
            this.censusId = censusId;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.censusId.equals(censusId) && k.code.equals(code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(censusId, code);
        }
    }
}
