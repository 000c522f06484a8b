package dev.directsupply.admission.cooperation;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CREDIT_MANAGER;
import static dev.directsupply.kernel.Role.FINANCE;
import static dev.directsupply.kernel.Role.LOGISTICS;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.SALES;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import java.util.Map;
import java.util.Set;

/**
 * Who handles cooperation agreements (DS-3.4 step 6), by default: the agreement signed at the end of an
 * admission is opened by the SDK itself ({@link #OPEN}, held by the system alone: the signing step is
 * {@code admission.sign-agreement}); a sales manager or management records amendments and renewals;
 * management alone records an existing customer's agreement when the host migrates it; the departments
 * that sell, deliver and collect under it read it. Prices and terms are customer information (DS-7.2.3).
 * The company's choice: the policy names no roles for agreements.
 */
public final class CooperationPermissions {
    public static final Permission VIEW = Permission.onCustomerInformation("admission.view-agreements");
    /** Opening the agreement an admission ends with; only the SDK's admission module holds it. */
    public static final Permission OPEN = Permission.onCustomerInformation("admission.open-agreement");
    public static final Permission AMEND = Permission.onCustomerInformation("admission.amend-agreement");
    public static final Permission RECORD_EXISTING = Permission.onCustomerInformation(
        "admission.record-existing-agreement");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        VIEW, Set.of(SALES, SALES_MANAGER, FINANCE, CREDIT_MANAGER, LOGISTICS, MANAGEMENT, AUDITOR, SYSTEM),
        OPEN, Set.of(SYSTEM),
        AMEND, Set.of(SALES_MANAGER, MANAGEMENT),
        RECORD_EXISTING, Set.of(MANAGEMENT));

    private CooperationPermissions() {
    }
}
