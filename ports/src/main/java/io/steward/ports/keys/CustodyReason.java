package io.steward.ports.keys;

/** KEY-01: why the company holds a key. */
public enum CustodyReason {
    /** 开发商交楼后交付的钥匙: handed over by the developer (units and common areas). */
    DEVELOPER_HANDOVER,
    /** 业主尚未接房的钥匙: the unit has not been taken over yet. */
    NOT_TAKEN_OVER,
    /** 业主/客户委托临时托管: entrusted by the owner; vacant units only, without custody liability (KEY-04). */
    OWNER_ENTRUSTED,
    /** 留一把整改: kept at handover, with the owner's consent, for the rectification of defects (EST-04). */
    RECTIFICATION,
    /** 备用钥匙: the spare key for emergencies in locked premises (KEY-10). */
    SPARE;

    /** Keys that belong to a unit; only developer-handover and spare keys may open common areas. */
    public boolean needsUnit() {
        return this != DEVELOPER_HANDOVER && this != SPARE;
    }
}
