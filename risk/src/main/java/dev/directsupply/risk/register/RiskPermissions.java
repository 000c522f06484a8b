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

/**
 * What may be done with the risk register, and who may by default. A risk that names a customer is
 * customer information (DS-7.2.3): it says which customer is in trouble and why. So every permission
 * on the register needs a confidentiality agreement in force — product-line risks included, on
 * purpose: the register is read as one list (open risks, overdue reviews, the monitor's look at what
 * is open), a product-line risk's description and notes are free text that often names the customers
 * whose complaints or late deliveries raised it, and the people who work the register (quality,
 * production, credit, sales management) handle customer information elsewhere and sign an agreement
 * anyway. Splitting the rights per subject kind would leave such text readable without one for no
 * one's gain.
 */
public final class RiskPermissions {
    public static final Permission VIEW_RISKS = Permission.onCustomerInformation("risk.view-risks");
    public static final Permission MANAGE_RISKS = Permission.onCustomerInformation("risk.manage-risks");

    /** DS-7.2.1: checking that the risk register's audit trails are intact. */
    public static final Permission VERIFY_AUDIT = Permission.onCustomerInformation("risk.verify-risk-audit");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        VIEW_RISKS, Set.of(SALES_MANAGER, FINANCE, CREDIT_MANAGER, MANAGEMENT, QUALITY, PRODUCTION, AUDITOR, SYSTEM),
        MANAGE_RISKS, Set.of(SALES_MANAGER, CREDIT_MANAGER, MANAGEMENT, QUALITY, PRODUCTION, SYSTEM),
        VERIFY_AUDIT, Set.of(AUDITOR, MANAGEMENT));

    private RiskPermissions() {
    }
}
