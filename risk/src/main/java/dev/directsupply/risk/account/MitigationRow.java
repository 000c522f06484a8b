package dev.directsupply.risk.account;

import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.risk.credit.CreditGrade;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the measure table (DS-6.2.1): for these grades in these overdue states, this prepayment
 * ratio, these payment terms, whether a guarantee is required, whether the customer is on credit stop.
 */
public record MitigationRow(@NotEmpty List<@NotNull CreditGrade> grades, @NotEmpty List<@NotNull OverdueState> overdue,
                            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal prepaymentRatio,
                            @NotNull @InRange(min = 0, max = 365, rule = "DS-6.2.1") Integer paymentTermDays,
                            @NotNull Boolean guaranteeRequired, @NotNull Boolean creditStop) {

    public boolean covers(CreditGrade grade, OverdueState state) {
        return grades.contains(grade) && overdue.contains(state);
    }

    public Measures measures() {
        return new Measures(prepaymentRatio, paymentTermDays, guaranteeRequired, creditStop);
    }
}
