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
                             List<HoldReason> reasons, CreditFigures figures, CreditGrounds grounds) {

    public CreditDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(prepaymentRatio, "prepaymentRatio");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(grounds, "grounds");
        if ((outcome == Outcome.HOLD) == reasons.isEmpty()) {
            throw new IllegalArgumentException("a hold names its reasons, and only a hold has reasons");
        }
    }

    public boolean isApproved() {
        return outcome != Outcome.HOLD;
    }

    /**
     * The decision standing for an order reserved before: approved as the reservation was made, on
     * today's figures.
     */
    CreditDecision asReserved(Reservation reservation) {
        return new CreditDecision(order, reservation.prepaymentRatio().signum() > 0 ? Outcome.APPROVE_WITH_PREPAYMENT
            : Outcome.APPROVE, reservation.prepaymentRatio(), List.of(), new CreditFigures(figures.requested(),
            reservation.amount(), figures.exposure(), figures.limit(), figures.watch()), grounds);
    }

    public Money requested() {
        return figures.requested();
    }

    public Money creditPart() {
        return figures.creditPart();
    }

    public Exposure exposure() {
        return figures.exposure();
    }

    public Money limit() {
        return figures.limit();
    }

    public boolean watch() {
        return figures.watch();
    }

    public CreditGrade grade() {
        return grounds.grade();
    }

    public CreditGrade minimumGrade() {
        return grounds.minimumGrade();
    }

    public long maxDaysPastDue() {
        return grounds.maxDaysPastDue();
    }

    public int overdueTolerance() {
        return grounds.overdueTolerance();
    }

    public boolean newCustomer() {
        return grounds.newCustomer();
    }

    public boolean guaranteeOnFile() {
        return grounds.guaranteeOnFile();
    }

    /** The exposure if the order goes ahead. */
    public Money exposureAfter() {
        return figures.exposureAfter();
    }

    /** What is left of the limit if the order goes ahead (negative when over). */
    public Money availableAfter() {
        return figures.limit().minus(exposureAfter());
    }

    /** The decision and everything behind it, one sentence per line, in the language. */
    public List<String> explain(Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text("risk.decision.outcome", locale, Map.of("outcome", outcome,
            "ratio", prepaymentRatio.stripTrailingZeros().toPlainString())));
        for (HoldReason reason : reasons) {
            lines.add(Messages.text("risk.decision.reason", locale, Map.of("reason", reason)));
        }
        Exposure exposure = figures.exposure();
        lines.add(Messages.text("risk.decision.exposure", locale, Map.of(
            "receivables", exposure.openReceivables(), "approved", exposure.approvedUninvoiced(),
            "delivered", exposure.deliveredUninvoiced(), "credit", figures.creditPart(), "after", exposureAfter(),
            "limit", figures.limit())));
        lines.add(Messages.text("risk.decision.grade", locale, Map.of(
            "grade", grade() == null ? "—" : grade().name(), "minimum", grounds.minimumGrade().name(),
            "days", grounds.maxDaysPastDue(), "tolerance", grounds.overdueTolerance())));
        if (figures.watch()) {
            lines.add(Messages.text("risk.decision.watch", locale, Map.of()));
        }
        if (grounds.newCustomer()) {
            lines.add(Messages.text(grounds.guaranteeOnFile() ? "risk.decision.new-guaranteed"
                : "risk.decision.new-prepayment", locale, Map.of()));
        }
        return lines;
    }
}
