package dev.directsupply.admission.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The parties' legal names, as the agreement states them. */
public record PartiesDetails(@NotBlank @Size(max = 200) String supplier, @NotBlank @Size(max = 200) String customer) {

    Parties toParties() {
        return new Parties(supplier.strip(), customer.strip());
    }
}
