package io.steward.ports.renovation;

import io.steward.ports.shared.Role;

/**
 * The departments a renovation passes through, each acting through the staff who hold its role: customer service
 * (客户部 / 客户助理), engineering (工程部) and security (保安部). REN-02: customer service and engineering sign the
 * approval; REN-08: all three patrol daily; REN-10: engineering and security accept the completed works.
 */
public enum Department {
    CUSTOMER_SERVICE(Role.FRONT_DESK),
    ENGINEERING(Role.ENGINEER),
    SECURITY(Role.SECURITY);

    private final Role role;

    Department(Role role) {
        this.role = role;
    }

    /** The role whose holders act for the department. */
    public Role role() {
        return role;
    }
}
