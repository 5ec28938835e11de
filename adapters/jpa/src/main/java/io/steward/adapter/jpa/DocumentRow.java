package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Row of {@code aggregate_document}: a state record as JSON, with its lookup keys as columns. */
@Entity
@Table(name = "aggregate_document")
@IdClass(DocumentRow.Key.class)
public class DocumentRow {
    @Id
    String kind;
    @Id
    String id;
    @Column(name = "estate_id")
    String estateId;
    @Column(name = "owner_id")
    String ownerId;
    @Column(name = "report_date")
    LocalDate reportDate;
    @Version
    long version;
    @Column(length = 1_000_000)
    String body;

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String kind;
        String id;

        public Key() {
        }

        Key(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind.equals(kind) && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, id);
        }
    }
}
