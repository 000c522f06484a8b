package dev.directsupply.customer;

import dev.directsupply.kernel.Masking;
import dev.directsupply.kernel.Require;

/**
 * A postal address of the customer. Its street line may lead to a person (a contact's office, a
 * home used as a delivery place), so {@link #toString()} masks it as a name is masked (DS-7.2.2);
 * kind, province, city, district and postal code show.
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

    @Override
    public String toString() {
        return "Address[kind=" + kind + ", province=" + province + ", city=" + city + ", district=" + district
            + ", line=" + Masking.name(line) + ", postalCode=" + postalCode + "]";
    }
}
