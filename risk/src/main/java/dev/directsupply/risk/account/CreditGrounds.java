package dev.directsupply.risk.account;

import dev.directsupply.risk.credit.CreditGrade;
import java.util.Objects;

/**
 * The customer's standing behind a credit decision (DS-4.1.2, DS-3.3.2): its grade against the
 * minimum for orders, how late it pays against the tolerance, whether it is a new customer, and
 * whether a guarantee on file secures the order.
 *
 * @param grade null when the customer is not graded yet
 */
public record CreditGrounds(CreditGrade grade, CreditGrade minimumGrade, long maxDaysPastDue, int overdueTolerance,
                            boolean newCustomer, boolean guaranteeOnFile) {
    public CreditGrounds {
        Objects.requireNonNull(minimumGrade, "minimumGrade");
    }
}
