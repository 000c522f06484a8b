package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import dev.directsupply.risk.credit.CreditGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The credit check as a named policy (DS-4.1.2, DS-6.2.1, DS-3.3.2): which orders a customer's
 * account can carry, which limit and which measures apply to it. Pure: it decides, the account
 * records.
 */
public record CreditRules(CreditCheckParameters check, CreditLimitTable limits, MitigationTable mitigation) {

    public CreditRules {
        Require.nonNull(check, "check", limits, "limits", mitigation, "mitigation");
    }

    /** How late the customer is with its open invoices on the day. */
    public OverdueState overdueState(CreditAccount account, LocalDate day) {
        long late = account.maxDaysPastDue(day);
        if (late == 0) {
            return OverdueState.CURRENT;
        }
        return late > check.overdueToleranceDays() ? OverdueState.BEYOND_TOLERANCE : OverdueState.OVERDUE;
    }

    /** The measures the account's grade and overdue state call for on the day. */
    public Measures measuresFor(CreditAccount account, LocalDate day) {
        return mitigation.measuresFor(account.grade(), overdueState(account, day));
    }

    /**
     * Decides whether the account can carry an order of this amount on the day, with every reason
     * and figure behind the answer.
     */
    public CreditDecision decide(CreditAccount account, OrderReference order, Money amount, LocalDate day) {
        List<HoldReason> reasons = new ArrayList<>();
        if (account.line().isStopped()) {
            reasons.add(HoldReason.CREDIT_STOP);
        }
        CreditGrade grade = account.grade();
        if (grade == null) {
            reasons.add(HoldReason.NOT_GRADED);
        } else if (grade.isBelow(check.orderMinimumGrade())) {
            reasons.add(HoldReason.GRADE_BELOW_MINIMUM);
        }
        long late = account.maxDaysPastDue(day);
        if (late > check.overdueToleranceDays()) {
            reasons.add(HoldReason.OVERDUE_BEYOND_TOLERANCE);
        }
        Exposure exposure = account.exposure();
        // DS-3.3.2: a guarantee secures what it covers: the exposure with this whole order on credit.
        boolean guaranteed = account.guaranteeCover(day).compareTo(exposure.total().plus(amount)) >= 0;
        if (account.terms().guaranteeRequired() && !guaranteed) {
            reasons.add(HoldReason.GUARANTEE_REQUIRED);
        }
        boolean newCustomer = account.standing().isNewOn(day, check.newCustomerMonths());
        BigDecimal ratio = account.terms().prepaymentRatio();
        if (newCustomer && !guaranteed) {
            // DS-3.3.2: a new customer gives a guarantee or pays in advance.
            ratio = ratio.max(check.newCustomerPrepaymentRatio());
        }
        Money creditPart = amount.minus(amount.times(ratio));
        Money limit = account.limit(day);
        Money after = exposure.total().plus(creditPart);
        if (creditPart.isPositive() && after.compareTo(limit) > 0) {
            reasons.add(HoldReason.OVER_LIMIT);
        }
        boolean watch = creditPart.isPositive() && after.compareTo(limit.times(check.watchShare())) >= 0;
        Outcome outcome = !reasons.isEmpty() ? Outcome.HOLD
            : ratio.signum() > 0 ? Outcome.APPROVE_WITH_PREPAYMENT : Outcome.APPROVE;
        return new CreditDecision(order, outcome, outcome == Outcome.APPROVE ? BigDecimal.ZERO : ratio, reasons,
            new CreditFigures(amount, creditPart, exposure, limit, watch), new CreditGrounds(grade,
                check.orderMinimumGrade(), late, check.overdueToleranceDays(), newCustomer, guaranteed));
    }
}
