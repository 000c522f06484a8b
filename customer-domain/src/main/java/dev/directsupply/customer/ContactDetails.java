package dev.directsupply.customer;

import dev.directsupply.kernel.Masking;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person as a command gives it; {@link #toString()} masks name, phone and e-mail (DS-7.2.2). */
public record ContactDetails(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 100) String position,
    @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,19}") String phone,
    @Email @Size(max = 254) String email) {

    Contact toContact() {
        return new Contact(name.strip(), position, phone, email);
    }

    @Override
    public String toString() {
        return "ContactDetails[name=" + Masking.name(name) + ", position=" + position + ", phone="
            + Masking.phone(phone) + ", email=" + Masking.email(email) + "]";
    }
}
