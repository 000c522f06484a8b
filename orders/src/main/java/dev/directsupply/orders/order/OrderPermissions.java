package dev.directsupply.orders.order;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CREDIT_MANAGER;
import static dev.directsupply.kernel.Role.CUSTOMER_SERVICE;
import static dev.directsupply.kernel.Role.FINANCE;
import static dev.directsupply.kernel.Role.LOGISTICS;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.PRODUCTION;
import static dev.directsupply.kernel.Role.SALES;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.SeparatedDuty;
import java.util.Map;
import java.util.Set;

/**
 * What may be done with orders, and who may by default. An order is customer information (what a
 * customer buys, at what price): every permission needs a confidentiality agreement (DS-7.2.3).
 */
public final class OrderPermissions {
    public static final Permission SUBMIT = Permission.onCustomerInformation("orders.submit");
    public static final Permission REVIEW = Permission.onCustomerInformation("orders.review");
    /** DS-4.1.2: a credit hold is released against the check only by an authorised finance actor. */
    public static final Permission OVERRIDE_CREDIT_HOLD = Permission.onCustomerInformation("orders.override-credit-hold");
    public static final Permission RECORD_PREPAYMENT = Permission.onCustomerInformation("orders.record-prepayment");
    /** DS-6.2.2: amendments and cancellations are agreed with the customer by sales. */
    public static final Permission AMEND = Permission.onCustomerInformation("orders.amend");
    public static final Permission RELEASE = Permission.onCustomerInformation("orders.release");
    public static final Permission RECORD_PROGRESS = Permission.onCustomerInformation("orders.record-progress");
    /**
     * DS-4.2: an order ships, is delivered and is accepted as its shipments in the delivery module are — after
     * final inspection, labels and the customer's notice, and with the customer at the joint acceptance. Only the
     * system, following the shipments' events, takes these steps; nobody gets around delivery's gates here.
     */
    public static final Permission SHIP = Permission.onCustomerInformation("orders.ship");
    public static final Permission CONFIRM_DELIVERY = Permission.onCustomerInformation("orders.confirm-delivery");
    public static final Permission ACCEPT = Permission.onCustomerInformation("orders.accept");
    /** Closing an accepted order, once nothing is left to do on it. */
    public static final Permission CLOSE = Permission.onCustomerInformation("orders.close");
    public static final Permission COMMUNICATE = Permission.onCustomerInformation("orders.communicate");
    public static final Permission VIEW = Permission.onCustomerInformation("orders.view");

    /** DS-7.2.1: checking that orders' audit trails are intact. */
    public static final Permission VERIFY_AUDIT = Permission.onCustomerInformation("orders.verify-audit");

    /** DS-4.1.2: whoever submitted an order does not also override its credit hold. */
    public static final SeparatedDuty SUBMIT_THEN_OVERRIDE_HOLD = new SeparatedDuty(
        "orders.submit-then-override-hold", "DS-4.1.2");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.ofEntries(
        Map.entry(SUBMIT, Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE, SYSTEM)),
        Map.entry(REVIEW, Set.of(SALES, SALES_MANAGER, SYSTEM)),
        Map.entry(OVERRIDE_CREDIT_HOLD, Set.of(FINANCE, CREDIT_MANAGER)),
        Map.entry(RECORD_PREPAYMENT, Set.of(FINANCE, SYSTEM)),
        Map.entry(AMEND, Set.of(SALES, SALES_MANAGER)),
        Map.entry(RELEASE, Set.of(PRODUCTION, SALES_MANAGER, SYSTEM)),
        Map.entry(RECORD_PROGRESS, Set.of(PRODUCTION, LOGISTICS, SYSTEM)),
        Map.entry(SHIP, Set.of(SYSTEM)),
        Map.entry(CONFIRM_DELIVERY, Set.of(SYSTEM)),
        Map.entry(ACCEPT, Set.of(SYSTEM)),
        Map.entry(CLOSE, Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE, SYSTEM)),
        Map.entry(COMMUNICATE, Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE, SYSTEM)),
        Map.entry(VIEW, Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE, FINANCE, CREDIT_MANAGER, PRODUCTION, LOGISTICS,
            MANAGEMENT, AUDITOR, SYSTEM)),
        Map.entry(VERIFY_AUDIT, Set.of(AUDITOR, MANAGEMENT)));

    private OrderPermissions() {
    }
}
