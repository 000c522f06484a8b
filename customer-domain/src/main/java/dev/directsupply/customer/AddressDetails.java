package dev.directsupply.customer;

import dev.directsupply.kernel.Masking;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An address as a command gives it; {@code kind} is an {@link AddressKind} code. {@link #toString()}
 * masks the street line, as {@link Address} does (DS-7.2.2).
 */
public record AddressDetails(
    @NotBlank @OneOf(AddressKind.class) String kind,
    @NotBlank @Size(max = 50) String province,
    @NotBlank @Size(max = 50) String city,
    @Size(max = 50) String district,
    @NotBlank @Size(max = 200) String line,
    @Pattern(regexp = "[0-9]{6}") String postalCode) {

    Address toAddress() {
        return new Address(AddressKind.valueOf(kind), province, city, district, line, postalCode);
    }

    @Override
    public String toString() {
        return "AddressDetails[kind=" + kind + ", province=" + province + ", city=" + city + ", district=" + district
            + ", line=" + Masking.name(line) + ", postalCode=" + postalCode + "]";
    }
}
