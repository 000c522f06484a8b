package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Require;

/**
 * A place the agreement delivers to, and how many days transport there takes.
 *
 * @param code the code orders name it by, e.g. {@code SH-WH1}
 */
public record AgreedPlace(String code, String address, int transportDays) {
    public AgreedPlace {
        Require.nonNull(code, "code", address, "address");
        if (transportDays < 0) {
            throw new IllegalArgumentException(code + ": transport takes zero or more days");
        }
    }
}
