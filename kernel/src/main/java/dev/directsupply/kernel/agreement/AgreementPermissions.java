package dev.directsupply.kernel.agreement;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.MANAGEMENT;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import java.util.Map;
import java.util.Set;

/**
 * Who keeps the register of confidentiality agreements. The register holds no customer information,
 * so keeping it needs no agreement of one's own (else nobody could record the first).
 */
public final class AgreementPermissions {
    public static final Permission MANAGE_AGREEMENTS = Permission.of("security.manage-agreements");
    public static final Permission VIEW_AGREEMENTS = Permission.of("security.view-agreements");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        MANAGE_AGREEMENTS, Set.of(MANAGEMENT),
        VIEW_AGREEMENTS, Set.of(MANAGEMENT, AUDITOR));

    private AgreementPermissions() {
    }
}
