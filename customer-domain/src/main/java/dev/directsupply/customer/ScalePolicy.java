package dev.directsupply.customer;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * DS-2.2.1 as a named policy: a customer's scale tier follows from its annual purchase amount and
 * the thresholds X1 > X2. The annual amount is what was bought in the trailing window (12 months,
 * the current one included); during the new-customer period the amount declared at registration
 * counts instead while it is the higher, so a new customer is not classified small merely for being new.
 */
public final class ScalePolicy {
    private final ClassificationParameters parameters;

    public ScalePolicy(ClassificationParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public ClassificationParameters parameters() {
        return parameters;
    }

    /** LARGE at or above X1, MEDIUM from X2 up to X1, SMALL below X2. */
    public ScaleTier tierFor(Money annualPurchase) {
        if (annualPurchase.isAtLeast(parameters.x1())) {
            return ScaleTier.LARGE;
        }
        if (annualPurchase.isAtLeast(parameters.x2())) {
            return ScaleTier.MEDIUM;
        }
        return ScaleTier.SMALL;
    }

    /** The customer's scale on {@code today}, with the figures it rests on. */
    public ScaleAssessment assess(PurchaseLedger ledger, LocalDate registeredOn, LocalDate today) {
        YearMonth asOf = YearMonth.from(today);
        Money recorded = ledger.trailing(asOf, parameters.purchaseWindowMonths());
        boolean newCustomer = today.isBefore(registeredOn.plusMonths(parameters.newCustomerMonths()));
        boolean declared = newCustomer && ledger.declaredAnnual().compareTo(recorded) > 0;
        Money amount = declared ? ledger.declaredAnnual() : recorded;
        return new ScaleAssessment(tierFor(amount), amount,
            declared ? ScaleBasis.DECLARED_EXPECTATION : ScaleBasis.RECORDED_PURCHASES,
            parameters.x1(), parameters.x2(), asOf);
    }

    /** The first month of purchase history kept on {@code today}. */
    public YearMonth keepFrom(LocalDate today) {
        return YearMonth.from(today).minusMonths(parameters.purchaseRetentionMonths() - 1L);
    }
}
