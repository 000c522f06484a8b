package dev.directsupply.risk.register;

import dev.directsupply.kernel.Identifier;
import java.util.Objects;

/** The customer (by id) or product line (by code) a risk is about. */
public record RiskSubject(SubjectKind kind, String reference) {
    public RiskSubject {
        Objects.requireNonNull(kind, "kind");
        Identifier.require("RiskSubject", reference);
    }

    public static RiskSubject customer(String customerId) {
        return new RiskSubject(SubjectKind.CUSTOMER, customerId);
    }

    public static RiskSubject productLine(String code) {
        return new RiskSubject(SubjectKind.PRODUCT_LINE, code);
    }

    @Override
    public String toString() {
        return kind + ":" + reference;
    }
}
