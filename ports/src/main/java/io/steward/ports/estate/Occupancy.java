package io.steward.ports.estate;

/** EST-02: every unit is in exactly one of these (物业动态信息). */
public enum Occupancy {
    /** 未接房: the owner has not taken the unit over yet. */
    NOT_TAKEN_OVER,
    /** 空置: taken over, nobody lives or works there. */
    VACANT,
    /** 住家户: the owner lives there. */
    OWNER_OCCUPIED,
    /** 办公户: used as an office (or shop) by its owner. */
    OFFICE,
    /** 租户: let to a tenant. */
    TENANT_OCCUPIED,
    /** 正在装修: under renovation. */
    RENOVATING
}
