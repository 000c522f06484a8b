package dev.directsupply.risk.account;

import dev.directsupply.customer.Industry;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** What the risk module needs to know of a customer: its scale, its industry, and since when it is one. */
public record CustomerFacts(ScaleTier scaleTier, Industry industry, LocalDate customerSince) {
    public CustomerFacts {
        Require.nonNull(scaleTier, "scaleTier", industry, "industry", customerSince, "customerSince");
    }
}
