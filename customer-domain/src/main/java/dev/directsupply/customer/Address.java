package dev.directsupply.customer;

import dev.directsupply.kernel.Require;

/**
 * A postal address of the customer.
 *
 * @param district   may be empty
 * @param postalCode may be empty
 */
public record Address(AddressKind kind, String province, String city, String district, String line,
                      String postalCode) {

    public Address {
        Require.nonNull(kind, "kind", province, "province", city, "city", line, "line");
        district = district == null ? "" : district;
        postalCode = postalCode == null ? "" : postalCode;
    }
}
