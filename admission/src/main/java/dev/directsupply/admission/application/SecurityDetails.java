package dev.directsupply.admission.application;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The security a new customer offers (DS-3.3.2); {@code kind} is a {@link SecurityKind} code: a
 * {@code GUARANTEE} names its amount in the policy currency, a {@code PREPAYMENT} its ratio, {@code NONE}
 * neither.
 */
public record SecurityDetails(@NotBlank @OneOf(value = SecurityKind.class, rule = "DS-3.3.2") String kind,
                              @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2)
                              BigDecimal guarantee,
                              @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1,
                                  fraction = 4) BigDecimal prepaymentRatio) implements CrossFieldRules {

    /** Nothing offered yet. */
    public static SecurityDetails none() {
        return new SecurityDetails("NONE", null, null);
    }

    /** The amount goes with a guarantee and the ratio with a prepayment, each with its own kind only. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>(2);
        boolean guaranteed = "GUARANTEE".equals(kind);
        boolean prepaid = "PREPAYMENT".equals(kind);
        if (guaranteed != (guarantee != null)) {
            problems.add(Violation.of("guarantee", guaranteed ? "admission.constraint.guarantee-amount"
                : "admission.constraint.only-with-guarantee", "DS-3.3.2", Map.of()));
        }
        if (prepaid != (prepaymentRatio != null)) {
            problems.add(Violation.of("prepaymentRatio", prepaid ? "admission.constraint.prepayment-ratio"
                : "admission.constraint.only-with-prepayment", "DS-3.3.2", Map.of()));
        }
        return problems;
    }

    SecurityOffer toOffer(Currency currency) {
        return new SecurityOffer(SecurityKind.valueOf(kind), guarantee == null ? null : Money.of(guarantee, currency),
            prepaymentRatio);
    }
}
