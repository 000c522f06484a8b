package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.validation.IdentifierShape;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A delivery place: the code orders name it by, its address, and the days transport there takes. */
public record PlaceDetails(@NotBlank @IdentifierShape String code, @NotBlank @Size(max = 300) String address,
                           @InRange(min = 0, max = 365, rule = "DS-4.1.3") int transportDays) {

    AgreedPlace toPlace() {
        return new AgreedPlace(code.strip(), address.strip(), transportDays);
    }
}
