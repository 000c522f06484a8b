package dev.directsupply.kernel;

import java.util.regex.Pattern;

/**
 * Something an actor may be allowed to do, declared by the module that owns it
 * ({@code CustomerPermissions.REGISTER}). An {@link AccessPolicy} grants it to roles.
 *
 * @param code                a stable name, {@code module.action}, e.g. {@code customer.register}
 * @param customerInformation whether it reads or changes customer information, which requires a
 *                            confidentiality agreement on file (DS-7.2.3)
 */
public record Permission(String code, boolean customerInformation) {
    private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z][a-z-]*)+");

    public Permission {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a permission code reads module.action, not '" + code + "'");
        }
    }

    /** A permission over customer information. */
    public static Permission onCustomerInformation(String code) {
        return new Permission(code, true);
    }

    /** A permission that touches no customer information. */
    public static Permission of(String code) {
        return new Permission(code, false);
    }

    @Override
    public String toString() {
        return code;
    }
}
