package dev.directsupply.risk.account;

import dev.directsupply.kernel.Identifier;

/** The id of an {@link Invoice}: the host's invoice number. */
public record InvoiceId(String value) implements Identifier {
    public InvoiceId {
        Identifier.require("InvoiceId", value);
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
