package dev.directsupply.delivery.inspection;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.LOGISTICS;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.PRODUCTION;
import static dev.directsupply.kernel.Role.QUALITY;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import java.util.Map;
import java.util.Set;

/**
 * Who may record and read inspections. An inspection is of a lot, not of a customer, so it is not customer
 * information; quality inspects, production and logistics read what lets a lot go.
 */
public final class InspectionPermissions {
    public static final Permission RECORD = Permission.of("delivery.record-inspection");
    public static final Permission VIEW = Permission.of("delivery.view-inspections");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        RECORD, Set.of(QUALITY),
        VIEW, Set.of(QUALITY, PRODUCTION, LOGISTICS, MANAGEMENT, AUDITOR, SYSTEM));

    private InspectionPermissions() {
    }
}
