package io.steward.ports.parking;

import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The approvals of paid services (the shared mechanism of {@link io.steward.ports.shared.in.Approve}). */
public final class ServiceApprovals {
    private ServiceApprovals() {
    }

    /**
     * PRK-02 (004 篇5 3.1: 物业管理处经理负责审批便民服务项目及收费标准): the project manager approves a drafted price list
     * before it is published; subject: the price list.
     */
    public static final ApprovalPurpose PRICE_LIST = new ApprovalPurpose("services.price-list", "PRK-02", "price-list",
            "the project manager approves the price list of paid services for publication", Set.of(Role.FRONT_DESK),
            Set.of(Role.PROJECT_MANAGER, Role.PROJECT_GM), Duration.ofDays(30), true, false);

    public static List<ApprovalPurpose> all() {
        return List.of(PRICE_LIST);
    }
}
