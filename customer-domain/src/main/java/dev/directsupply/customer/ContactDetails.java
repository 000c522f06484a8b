package dev.directsupply.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person as a command gives it. */
public record ContactDetails(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 100) String position,
    @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,19}") String phone,
    @Email @Size(max = 254) String email) {

    Contact toContact() {
        return new Contact(name.strip(), position, phone, email);
    }
}
