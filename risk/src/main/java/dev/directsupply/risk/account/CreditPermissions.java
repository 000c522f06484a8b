package dev.directsupply.risk.account;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CREDIT_MANAGER;
import static dev.directsupply.kernel.Role.FINANCE;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.SALES;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.SeparatedDuty;
import java.util.Map;
import java.util.Set;

/**
 * What may be done with customers' credit, and who may by default. Credit is customer information:
 * each also needs a confidentiality agreement on file (DS-7.2.3).
 */
public final class CreditPermissions {
    public static final Permission VIEW_CREDIT = Permission.onCustomerInformation("risk.view-credit");
    public static final Permission EVALUATE_CREDIT = Permission.onCustomerInformation("risk.evaluate-credit");
    public static final Permission CHECK_CREDIT = Permission.onCustomerInformation("risk.check-credit");
    /** DS-6.2.1: limits are overridden by an authorised finance actor. */
    public static final Permission OVERRIDE_LIMIT = Permission.onCustomerInformation("risk.override-limit");
    /** DS-4.1.2: a hold is released against the check only by an authorised finance actor. */
    public static final Permission OVERRIDE_HOLD = Permission.onCustomerInformation("risk.override-hold");
    /**
     * DS-4.1.2, DS-6.2.2: gives back or settles an order's reservation — the system's reaction to an order
     * being cancelled, rejected, amended or delivered, or a finance action with a reason; never a sales
     * task, or a live order's credit could be freed to approve another over the limit.
     */
    public static final Permission RELEASE_CREDIT = Permission.onCustomerInformation("risk.release-credit");
    /** DS-6.2.1: the customer's scale tier follows the customer registry; only the SDK's reaction moves it. */
    public static final Permission FOLLOW_SCALE = Permission.onCustomerInformation("risk.follow-scale");
    public static final Permission MANAGE_CREDIT_TERMS = Permission.onCustomerInformation("risk.manage-credit-terms");

    /** DS-6.2.1: a limit override is proposed by one person and approved by another. */
    public static final SeparatedDuty PROPOSE_THEN_APPROVE_LIMIT = new SeparatedDuty(
        "risk.propose-then-approve-limit", "DS-6.2.1");

    /** DS-7.2.1: checking that credit accounts' and credit reports' audit trails are intact. */
    public static final Permission VERIFY_AUDIT = Permission.onCustomerInformation("risk.verify-credit-audit");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        VIEW_CREDIT, Set.of(SALES, SALES_MANAGER, FINANCE, CREDIT_MANAGER, MANAGEMENT, AUDITOR, SYSTEM),
        EVALUATE_CREDIT, Set.of(CREDIT_MANAGER, FINANCE, SYSTEM),
        CHECK_CREDIT, Set.of(SALES, SALES_MANAGER, FINANCE, CREDIT_MANAGER, SYSTEM),
        RELEASE_CREDIT, Set.of(FINANCE, SYSTEM),
        FOLLOW_SCALE, Set.of(SYSTEM),
        OVERRIDE_LIMIT, Set.of(FINANCE, CREDIT_MANAGER),
        OVERRIDE_HOLD, Set.of(FINANCE, CREDIT_MANAGER),
        MANAGE_CREDIT_TERMS, Set.of(FINANCE, CREDIT_MANAGER, MANAGEMENT, SYSTEM),
        VERIFY_AUDIT, Set.of(AUDITOR, MANAGEMENT));

    private CreditPermissions() {
    }
}
