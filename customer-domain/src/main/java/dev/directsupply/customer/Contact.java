package dev.directsupply.customer;

import dev.directsupply.kernel.Masking;
import java.util.Objects;

/**
 * A person to talk to at the customer. Name, phone and e-mail are personal data (DS-7.2): they are
 * masked in {@link #toString()} always, as the registry masks them for actors without the right to
 * see them.
 *
 * @param position may be empty
 * @param phone    may be empty
 * @param email    may be empty
 */
public record Contact(String name, String position, String phone, String email) {

    public Contact {
        Objects.requireNonNull(name, "name");
        position = position == null ? "" : position;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }

    /** The same contact with name, phone and e-mail masked. */
    public Contact masked() {
        return new Contact(Masking.name(name), position, Masking.phone(phone), Masking.email(email));
    }

    @Override
    public String toString() {
        return "Contact[name=" + Masking.name(name) + ", position=" + position + ", phone=" + Masking.phone(phone)
            + ", email=" + Masking.email(email) + "]";
    }
}
