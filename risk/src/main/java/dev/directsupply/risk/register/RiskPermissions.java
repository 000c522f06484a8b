package dev.directsupply.risk.register;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CREDIT_MANAGER;
import static dev.directsupply.kernel.Role.FINANCE;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.PRODUCTION;
import static dev.directsupply.kernel.Role.QUALITY;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import java.util.Map;
import java.util.Set;

/** What may be done with the risk register, and who may by default. Risks are not customer information. */
public final class RiskPermissions {
    public static final Permission VIEW_RISKS = Permission.of("risk.view-risks");
    public static final Permission MANAGE_RISKS = Permission.of("risk.manage-risks");

    /** DS-7.2.1: checking that the risk register's audit trails are intact. */
    public static final Permission VERIFY_AUDIT = Permission.of("risk.verify-risk-audit");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        VIEW_RISKS, Set.of(SALES_MANAGER, FINANCE, CREDIT_MANAGER, MANAGEMENT, QUALITY, PRODUCTION, AUDITOR, SYSTEM),
        MANAGE_RISKS, Set.of(SALES_MANAGER, CREDIT_MANAGER, MANAGEMENT, QUALITY, PRODUCTION, SYSTEM),
        VERIFY_AUDIT, Set.of(AUDITOR, MANAGEMENT));

    private RiskPermissions() {
    }
}
