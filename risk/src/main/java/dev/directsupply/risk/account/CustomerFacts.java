package dev.directsupply.risk.account;

import dev.directsupply.customer.Industry;
import dev.directsupply.customer.ScaleTier;
import java.time.LocalDate;
import java.util.Objects;

/** What the risk module needs to know of a customer: its scale, its industry, and since when it is one. */
public record CustomerFacts(ScaleTier scaleTier, Industry industry, LocalDate customerSince) {
    public CustomerFacts {
        Objects.requireNonNull(scaleTier, "scaleTier");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(customerSince, "customerSince");
    }
}
