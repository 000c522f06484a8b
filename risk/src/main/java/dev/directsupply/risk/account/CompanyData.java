package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Facts about a company from outside: the business register, a rating agency. Every field may be
 * unknown; the scorecard's missing-data rules say what an unknown counts as.
 *
 * @param foundedOn         when the company was founded (years in business)
 * @param registeredCapital its registered capital
 * @param externalRating    a rating agency's grade, on the AAA … C scale
 * @param more              further inputs for factors a host adds to the scorecard, by factor name
 */
public record CompanyData(Optional<LocalDate> foundedOn, Optional<Money> registeredCapital,
                          Optional<String> externalRating, Map<String, String> more) {
    public CompanyData {
        foundedOn = foundedOn == null ? Optional.empty() : foundedOn;
        registeredCapital = registeredCapital == null ? Optional.empty() : registeredCapital;
        externalRating = externalRating == null ? Optional.empty() : externalRating;
        more = more == null ? Map.of() : Map.copyOf(more);
    }

    /** Nothing known. */
    public static CompanyData unknown() {
        return new CompanyData(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }
}
