package dev.directsupply.admission.application;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CREDIT_MANAGER;
import static dev.directsupply.kernel.Role.FINANCE;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.QUALITY;
import static dev.directsupply.kernel.Role.SALES;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.SeparatedDuty;
import java.util.Map;
import java.util.Set;

/**
 * Who takes each step of admission (DS-3.4), by default: sales applies for its prospects, withdraws and
 * resubmits; the sales department reviews first (step 2); finance or credit management evaluates credit
 * (step 3); sales, quality or management inspect (step 4); management decides (step 5); a sales manager or
 * management records the signed agreement (step 6). An application is customer information (DS-7.2.3).
 * The policy names the departments of steps 2, 3 and 5; the rest is the company's choice.
 */
public final class AdmissionPermissions {
    public static final Permission VIEW = Permission.onCustomerInformation("admission.view");
    public static final Permission APPLY = Permission.onCustomerInformation("admission.apply");
    public static final Permission REVIEW_PRELIMINARILY = Permission.onCustomerInformation(
        "admission.review-preliminarily");
    public static final Permission EVALUATE_CREDIT = Permission.onCustomerInformation("admission.evaluate-credit");
    public static final Permission INSPECT = Permission.onCustomerInformation("admission.inspect");
    public static final Permission DECIDE = Permission.onCustomerInformation("admission.decide");
    public static final Permission SIGN_AGREEMENT = Permission.onCustomerInformation("admission.sign-agreement");
    /** Expiring applications nobody acted on: a scheduled scan. */
    public static final Permission EXPIRE = Permission.onCustomerInformation("admission.expire");

    /** DS-7.2.1: checking that the applications' audit trails are intact. */
    public static final Permission VERIFY_AUDIT = Permission.onCustomerInformation("admission.verify-audit");

    /** DS-3.4: whoever made an application does not review it. */
    public static final SeparatedDuty APPLY_THEN_REVIEW = new SeparatedDuty("admission.apply-then-review", "DS-3.4");
    /** DS-3.4: the preliminary, credit and final reviews of one application are three different people's. */
    public static final SeparatedDuty ONE_REVIEW_EACH = new SeparatedDuty("admission.one-review-each", "DS-3.4");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        VIEW, Set.of(SALES, SALES_MANAGER, FINANCE, CREDIT_MANAGER, MANAGEMENT, QUALITY, AUDITOR, SYSTEM),
        APPLY, Set.of(SALES, SALES_MANAGER),
        REVIEW_PRELIMINARILY, Set.of(SALES, SALES_MANAGER),
        EVALUATE_CREDIT, Set.of(FINANCE, CREDIT_MANAGER),
        INSPECT, Set.of(SALES, SALES_MANAGER, QUALITY, MANAGEMENT),
        DECIDE, Set.of(MANAGEMENT),
        SIGN_AGREEMENT, Set.of(SALES_MANAGER, MANAGEMENT),
        EXPIRE, Set.of(SALES_MANAGER, MANAGEMENT, SYSTEM),
        VERIFY_AUDIT, Set.of(AUDITOR, MANAGEMENT));

    private AdmissionPermissions() {
    }
}
