package dev.directsupply.customer;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CREDIT_MANAGER;
import static dev.directsupply.kernel.Role.CUSTOMER_SERVICE;
import static dev.directsupply.kernel.Role.FINANCE;
import static dev.directsupply.kernel.Role.LOGISTICS;
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
 * What may be done with customer information (DS-7.2.2), and who may do it by default. Every one
 * touches customer information, so each also needs a confidentiality agreement on file (DS-7.2.3).
 */
public final class CustomerPermissions {
    public static final Permission REGISTER = Permission.onCustomerInformation("customer.register");
    /** DS-3.4 step 6: a prospect becomes active when its admission ends; only the SDK's admission module does it. */
    public static final Permission ADMIT = Permission.onCustomerInformation("customer.admit");
    /** The migration path for customers a host already cooperates with, past the admission workflow (DS-3.4). */
    public static final Permission IMPORT_EXISTING = Permission.onCustomerInformation("customer.import-existing");
    public static final Permission VIEW = Permission.onCustomerInformation("customer.view");
    /** Seeing contacts' phones and e-mails unmasked. */
    public static final Permission VIEW_CONTACT_DETAILS =
        Permission.onCustomerInformation("customer.view-contact-details");
    public static final Permission UPDATE_CONTACT_DETAILS =
        Permission.onCustomerInformation("customer.update-contact-details");
    public static final Permission RECORD_PURCHASE = Permission.onCustomerInformation("customer.record-purchase");
    public static final Permission RECLASSIFY = Permission.onCustomerInformation("customer.reclassify");
    /** DS-2.2.3: strategic importance is set by an authorised actor. */
    public static final Permission SET_STRATEGIC_IMPORTANCE =
        Permission.onCustomerInformation("customer.set-strategic-importance");
    public static final Permission CHANGE_INDUSTRY = Permission.onCustomerInformation("customer.change-industry");
    public static final Permission CHANGE_STATUS = Permission.onCustomerInformation("customer.change-status");
    /** DS-7.2.1: checking that the audit trail is intact. */
    public static final Permission VERIFY_AUDIT_TRAIL =
        Permission.onCustomerInformation("customer.verify-audit-trail");

    /** DS-7.2.2: who looks after a customer decides whose scope its records are in. */
    public static final Permission ASSIGN = Permission.onCustomerInformation("customer.assign");

    /** The default grants: sales develops and serves, management decides, finance records purchases. */
    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.ofEntries(
        Map.entry(ASSIGN, Set.of(SALES_MANAGER, MANAGEMENT)),
        Map.entry(REGISTER, Set.of(SALES, SALES_MANAGER, MANAGEMENT, SYSTEM)),
        Map.entry(ADMIT, Set.of(SYSTEM)),
        Map.entry(IMPORT_EXISTING, Set.of(MANAGEMENT)),
        Map.entry(VIEW, Set.of(SALES, SALES_MANAGER, FINANCE, CREDIT_MANAGER, MANAGEMENT, PRODUCTION, LOGISTICS,
            QUALITY, CUSTOMER_SERVICE, AUDITOR, SYSTEM)),
        Map.entry(VIEW_CONTACT_DETAILS, Set.of(SALES, SALES_MANAGER, MANAGEMENT, LOGISTICS, CUSTOMER_SERVICE,
            SYSTEM)),
        Map.entry(UPDATE_CONTACT_DETAILS, Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE)),
        Map.entry(RECORD_PURCHASE, Set.of(FINANCE, SALES_MANAGER, SYSTEM)),
        Map.entry(RECLASSIFY, Set.of(SALES_MANAGER, MANAGEMENT, SYSTEM)),
        Map.entry(SET_STRATEGIC_IMPORTANCE, Set.of(SALES_MANAGER, MANAGEMENT)),
        Map.entry(CHANGE_INDUSTRY, Set.of(SALES_MANAGER, MANAGEMENT)),
        Map.entry(CHANGE_STATUS, Set.of(SALES_MANAGER, MANAGEMENT)),
        Map.entry(VERIFY_AUDIT_TRAIL, Set.of(AUDITOR, MANAGEMENT)));

    private CustomerPermissions() {
    }
}
