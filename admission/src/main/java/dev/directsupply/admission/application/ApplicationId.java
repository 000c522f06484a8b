package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Identifier;

/** The id of an {@link Application}: the customer's id and the application's number for that customer. */
public record ApplicationId(String value) implements Identifier {
    public ApplicationId {
        Identifier.require("ApplicationId", value);
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    /** The customer's {@code number}th application: a second one made at the same moment takes the same id. */
    public static ApplicationId numbered(CustomerId customer, int number) {
        return new ApplicationId(customer.value() + "-A" + number);
    }

    @Override
    public String toString() {
        return value;
    }
}
