package dev.directsupply.admission.development;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.SALES;
import static dev.directsupply.kernel.Role.SALES_MANAGER;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import java.util.Map;
import java.util.Set;

/**
 * Who sets development targets and who follows them (DS-3.1.1), by default: sales management and management
 * set them, sales follows its progress. Targets and progress are counts, not customer information. The
 * company's choice: the policy does not say who sets them.
 */
public final class TargetPermissions {
    public static final Permission VIEW_TARGETS = Permission.of("admission.view-targets");
    public static final Permission SET_TARGETS = Permission.of("admission.set-targets");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        VIEW_TARGETS, Set.of(SALES, SALES_MANAGER, MANAGEMENT, AUDITOR),
        SET_TARGETS, Set.of(SALES_MANAGER, MANAGEMENT));

    private TargetPermissions() {
    }
}
