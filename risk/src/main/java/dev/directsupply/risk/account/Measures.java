package dev.directsupply.risk.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The mitigation measures of one row of the measure table (DS-6.2.1): prepayment ratio, payment
 * terms, whether an additional guarantee is required, and whether the customer is on credit stop.
 */
public record Measures(@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal prepaymentRatio,
                       @InRange(min = 0, max = 365, rule = "DS-6.2.1") int paymentTermDays, boolean guaranteeRequired,
                       boolean creditStop) {

    /** The measures an account's terms and measure-driven stop amount to. */
    static Measures of(CreditTerms terms, boolean creditStop) {
        return new Measures(terms.prepaymentRatio(), terms.paymentTermDays(), terms.guaranteeRequired(), creditStop);
    }

    /** What changes, term by term, from these measures to the next; empty when nothing does. */
    List<TermChange> changesTo(Measures next) {
        List<TermChange> changes = new ArrayList<>(4);
        if (next.prepaymentRatio.compareTo(prepaymentRatio) != 0) {
            changes.add(new TermChange("prepaymentRatio", prepaymentRatio.stripTrailingZeros().toPlainString(),
                next.prepaymentRatio.stripTrailingZeros().toPlainString()));
        }
        if (next.paymentTermDays != paymentTermDays) {
            changes.add(new TermChange("paymentTermDays", Integer.toString(paymentTermDays),
                Integer.toString(next.paymentTermDays)));
        }
        if (next.guaranteeRequired != guaranteeRequired) {
            changes.add(new TermChange("guaranteeRequired", Boolean.toString(guaranteeRequired),
                Boolean.toString(next.guaranteeRequired)));
        }
        if (next.creditStop != creditStop) {
            changes.add(new TermChange("creditStop", Boolean.toString(creditStop), Boolean.toString(next.creditStop)));
        }
        return changes;
    }

    public CreditTerms terms() {
        return new CreditTerms(prepaymentRatio, paymentTermDays, guaranteeRequired);
    }

    /** The stricter of two sets, term by term. */
    public Measures strictest(Measures other) {
        return new Measures(prepaymentRatio.max(other.prepaymentRatio),
            Math.min(paymentTermDays, other.paymentTermDays), guaranteeRequired || other.guaranteeRequired,
            creditStop || other.creditStop);
    }
}
