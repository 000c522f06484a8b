package dev.directsupply.admission.lead;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.SALES;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import java.util.Map;
import java.util.Set;

/**
 * Who works leads (DS-3.1.2), by default: sales develops them; management and audit read them. A lead
 * names a company and a person to talk to, so it is customer information (DS-7.2.3). The company's choice:
 * the policy gives development to sales and says no more.
 */
public final class LeadPermissions {
    public static final Permission VIEW_LEADS = Permission.onCustomerInformation("admission.view-leads");
    public static final Permission MANAGE_LEADS = Permission.onCustomerInformation("admission.manage-leads");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        VIEW_LEADS, Set.of(SALES, SALES_MANAGER, MANAGEMENT, AUDITOR, SYSTEM),
        MANAGE_LEADS, Set.of(SALES, SALES_MANAGER));

    private LeadPermissions() {
    }
}
