package dev.directsupply.delivery.shipment;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CUSTOMER_SERVICE;
import static dev.directsupply.kernel.Role.LOGISTICS;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.QUALITY;
import static dev.directsupply.kernel.Role.SALES;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with shipments. A shipment names its customer, where its goods go and what went wrong at
 * acceptance: customer information (DS-7.2.3), kept to each person's record scope (DS-7.2.2). Logistics plans,
 * prepares and dispatches; the people who meet the customer record arrival and acceptance; only sales managers
 * and management settle a discrepancy, since a settlement costs money.
 */
public final class ShipmentPermissions {
    public static final Permission PLAN = Permission.onCustomerInformation("delivery.plan-shipment");
    public static final Permission PREPARE = Permission.onCustomerInformation("delivery.prepare-shipment");
    public static final Permission NOTIFY = Permission.onCustomerInformation("delivery.notify-customer");
    public static final Permission DISPATCH = Permission.onCustomerInformation("delivery.dispatch-shipment");
    public static final Permission RECEIVE = Permission.onCustomerInformation("delivery.record-acceptance");
    public static final Permission RESOLVE = Permission.onCustomerInformation("delivery.resolve-discrepancy");
    public static final Permission CANCEL = Permission.onCustomerInformation("delivery.cancel-shipment");
    public static final Permission VIEW = Permission.onCustomerInformation("delivery.view-shipments");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        PLAN, Set.of(LOGISTICS, SYSTEM),
        PREPARE, Set.of(LOGISTICS, QUALITY),
        NOTIFY, Set.of(LOGISTICS, CUSTOMER_SERVICE),
        DISPATCH, Set.of(LOGISTICS),
        RECEIVE, Set.of(LOGISTICS, SALES, CUSTOMER_SERVICE),
        RESOLVE, Set.of(SALES_MANAGER, MANAGEMENT),
        CANCEL, Set.of(LOGISTICS, SALES_MANAGER, SYSTEM),
        VIEW, Set.of(LOGISTICS, QUALITY, SALES, SALES_MANAGER, CUSTOMER_SERVICE, MANAGEMENT, AUDITOR, SYSTEM));

    private ShipmentPermissions() {
    }
}
