package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of {@code unit}. */
@Entity
@Table(name = "unit")
public class UnitRow {
    @Id
    String id;
    @Column(name = "estate_id")
    String estateId;
    String code;
    String cluster;
    String building;
    String entrance;
    @Column(name = "floor_no")
    int floor;
    @Column(name = "unit_no")
    String number;
    String kind;
    @Column(name = "area_hundredths")
    long areaHundredths;
    String occupancy;
    String note;
    @Version
    long version;
}
