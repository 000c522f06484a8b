package dev.directsupply.customer;

import java.util.Objects;

/**
 * A postal address of the customer.
 *
 * @param district   may be empty
 * @param postalCode may be empty
 */
public record Address(AddressKind kind, String province, String city, String district, String line,
                      String postalCode) {

    public Address {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(city, "city");
        district = district == null ? "" : district;
        Objects.requireNonNull(line, "line");
        postalCode = postalCode == null ? "" : postalCode;
    }
}
