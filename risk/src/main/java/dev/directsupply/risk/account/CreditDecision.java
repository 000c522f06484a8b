package dev.directsupply.risk.account;

import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.credit.CreditGrade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to "may we sell this customer this much on credit?" (DS-4.1.2), with everything it
 * rests on, so nobody has to guess why an order is on hold.
 *
 * @param order           the order checked, or null for a plain check
 * @param outcome         APPROVE, APPROVE_WITH_PREPAYMENT or HOLD
 * @param prepaymentRatio the share to be paid before delivery (0 unless prepayment is asked)
 * @param reasons         every reason for a hold; empty otherwise
 * @param requested       the order amount
 * @param creditPart      what the order takes on credit: the amount less the prepayment
 * @param exposure        the exposure before this order, part by part
 * @param limit           the credit limit in force
 * @param grade           the customer's grade, null when not graded
 * @param minimumGrade    the lowest grade orders are accepted at
 * @param maxDaysPastDue  the most days any open invoice is past due
 * @param overdueTolerance how many days past due are tolerated
 * @param watch           whether the exposure with this order reaches the watch share of the limit
 * @param newCustomer     whether the customer is in its first period (DS-3.3.2)
 * @param guaranteeOnFile whether the valid guarantees cover the exposure with this whole order on credit
 */
public record CreditDecision(OrderReference order, Outcome outcome, BigDecimal prepaymentRatio,
                             List<HoldReason> reasons, Money requested, Money creditPart, Exposure exposure,
                             Money limit, CreditGrade grade, CreditGrade minimumGrade, long maxDaysPastDue,
                             int overdueTolerance, boolean watch, boolean newCustomer, boolean guaranteeOnFile) {

    public CreditDecision {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        if ((outcome == Outcome.HOLD) == reasons.isEmpty()) {
            throw new IllegalArgumentException("a hold names its reasons, and only a hold has reasons");
        }
    }

    public boolean isApproved() {
        return outcome != Outcome.HOLD;
    }

    /** The exposure if the order goes ahead. */
    public Money exposureAfter() {
        return exposure.total().plus(creditPart);
    }

    /** What is left of the limit if the order goes ahead (negative when over). */
    public Money availableAfter() {
        return limit.minus(exposureAfter());
    }

    /** The decision and everything behind it, one sentence per line, in the language. */
    public List<String> explain(Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text("risk.decision.outcome", locale, Map.of("outcome", outcome,
            "ratio", prepaymentRatio.stripTrailingZeros().toPlainString())));
        for (HoldReason reason : reasons) {
            lines.add(Messages.text("risk.decision.reason", locale, Map.of("reason", reason)));
        }
        lines.add(Messages.text("risk.decision.exposure", locale, Map.of(
            "receivables", exposure.openReceivables(), "approved", exposure.approvedUninvoiced(),
            "delivered", exposure.deliveredUninvoiced(), "credit", creditPart, "after", exposureAfter(),
            "limit", limit)));
        lines.add(Messages.text("risk.decision.grade", locale, Map.of(
            "grade", grade == null ? "—" : grade.name(), "minimum", minimumGrade.name(),
            "days", maxDaysPastDue, "tolerance", overdueTolerance)));
        if (watch) {
            lines.add(Messages.text("risk.decision.watch", locale, Map.of()));
        }
        if (newCustomer) {
            lines.add(Messages.text(guaranteeOnFile ? "risk.decision.new-guaranteed" : "risk.decision.new-prepayment",
                locale, Map.of()));
        }
        return lines;
    }
}
