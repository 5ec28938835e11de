package io.steward.ports.shared;

/** The roles of DOMAIN.md §0. A staff member holds roles per estate; company-wide grants reach every estate. */
public enum Role {
    /** 客户助理 / 前台: reception, requests, complaint intake, patrols, renovation supervision, callbacks. */
    FRONT_DESK,
    /** 钥匙管理员: keeps the key register. */
    KEY_MANAGER,
    /** 收银员: fees, deposits, refunds. */
    CASHIER,
    /** 档案员: the owner archive; approves archive access (EST-08). */
    ARCHIVIST,
    /** 工程部: repairs, renovation approval and acceptance, plant rooms, power. */
    ENGINEER,
    /** 保安部: patrols, gate, incidents. */
    SECURITY,
    /** 中控室: incident command centre. */
    CONTROL_ROOM,
    /** 项目经理: approvals. */
    PROJECT_MANAGER,
    /** 项目总经理: first safety-responsible person. */
    PROJECT_GM,
    /** 公司总经理: company leadership; approves disclosure of owner data outside the company (EST-08). */
    COMPANY_GM,
    /** 品质部: quality inspections. */
    QUALITY,
    /** 业主: self-service on their own unit. */
    OWNER,
    /** 租户: self-service on their own unit. */
    TENANT;

    /** An owner's or a tenant's role: granted for one unit, reaching that unit's own records only. */
    public boolean resident() {
        return this == OWNER || this == TENANT;
    }
}
