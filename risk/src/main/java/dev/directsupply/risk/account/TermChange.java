package dev.directsupply.risk.account;

/** One term that changed, named in {@link CreditTermsChanged}: e.g. {@code paymentTermDays 60 → 30}. */
public record TermChange(String term, String from, String to) {
}
