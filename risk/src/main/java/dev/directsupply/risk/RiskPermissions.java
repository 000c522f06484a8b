package dev.directsupply.risk;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CREDIT_MANAGER;
import static dev.directsupply.kernel.Role.FINANCE;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.PRODUCTION;
import static dev.directsupply.kernel.Role.QUALITY;
import static dev.directsupply.kernel.Role.SALES;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import java.util.Map;
import java.util.Set;

/**
 * What may be done with credit, receivables and risks, and who may by default. Credit and
 * receivables are customer information (DS-7.2.3: a confidentiality agreement is needed); the risk
 * register is not.
 */
public final class RiskPermissions {
    public static final Permission VIEW_CREDIT = Permission.onCustomerInformation("risk.view-credit");
    public static final Permission EVALUATE_CREDIT = Permission.onCustomerInformation("risk.evaluate-credit");
    public static final Permission CHECK_CREDIT = Permission.onCustomerInformation("risk.check-credit");
    /** DS-6.2.1: limits are overridden by an authorised finance actor. */
    public static final Permission OVERRIDE_LIMIT = Permission.onCustomerInformation("risk.override-limit");
    /** DS-4.1.2: a hold is released against the check only by an authorised finance actor. */
    public static final Permission OVERRIDE_HOLD = Permission.onCustomerInformation("risk.override-hold");
    public static final Permission MANAGE_CREDIT_TERMS = Permission.onCustomerInformation("risk.manage-credit-terms");
    public static final Permission ISSUE_INVOICE = Permission.onCustomerInformation("risk.issue-invoice");
    public static final Permission RECORD_PAYMENT = Permission.onCustomerInformation("risk.record-payment");
    public static final Permission WRITE_OFF = Permission.onCustomerInformation("risk.write-off");
    public static final Permission VIEW_RECEIVABLES = Permission.onCustomerInformation("risk.view-receivables");
    public static final Permission RUN_COLLECTION = Permission.onCustomerInformation("risk.run-collection");
    public static final Permission VIEW_RISKS = Permission.of("risk.view-risks");
    public static final Permission MANAGE_RISKS = Permission.of("risk.manage-risks");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.ofEntries(
        Map.entry(VIEW_CREDIT, Set.of(SALES, SALES_MANAGER, FINANCE, CREDIT_MANAGER, MANAGEMENT, AUDITOR, SYSTEM)),
        Map.entry(EVALUATE_CREDIT, Set.of(CREDIT_MANAGER, FINANCE, SYSTEM)),
        Map.entry(CHECK_CREDIT, Set.of(SALES, SALES_MANAGER, FINANCE, CREDIT_MANAGER, SYSTEM)),
        Map.entry(OVERRIDE_LIMIT, Set.of(FINANCE, CREDIT_MANAGER)),
        Map.entry(OVERRIDE_HOLD, Set.of(FINANCE, CREDIT_MANAGER)),
        Map.entry(MANAGE_CREDIT_TERMS, Set.of(FINANCE, CREDIT_MANAGER, MANAGEMENT, SYSTEM)),
        Map.entry(ISSUE_INVOICE, Set.of(FINANCE, SYSTEM)),
        Map.entry(RECORD_PAYMENT, Set.of(FINANCE, SYSTEM)),
        Map.entry(WRITE_OFF, Set.of(CREDIT_MANAGER, MANAGEMENT)),
        Map.entry(VIEW_RECEIVABLES, Set.of(FINANCE, CREDIT_MANAGER, SALES_MANAGER, MANAGEMENT, AUDITOR, SYSTEM)),
        Map.entry(RUN_COLLECTION, Set.of(FINANCE, CREDIT_MANAGER, SYSTEM)),
        Map.entry(VIEW_RISKS, Set.of(SALES_MANAGER, FINANCE, CREDIT_MANAGER, MANAGEMENT, QUALITY, PRODUCTION, AUDITOR,
            SYSTEM)),
        Map.entry(MANAGE_RISKS, Set.of(SALES_MANAGER, CREDIT_MANAGER, MANAGEMENT, QUALITY, PRODUCTION, SYSTEM)));

    private RiskPermissions() {
    }
}
