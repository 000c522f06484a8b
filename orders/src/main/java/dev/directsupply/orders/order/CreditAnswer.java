package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;
import java.util.ArrayList;
import java.util.Map;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The credit check's answer for an order (DS-4.1.2). A hold, or a prepayment asked, comes with its
 * explanation in both languages, which the order keeps to tell the customer; a plain approval may come
 * without one, and the order stores what it is given.
 *
 * @param prepaymentRatio the share to be paid before release, 0 unless a prepayment is asked
 * @param reasons         the hold reasons' codes, e.g. {@code OVER_LIMIT}; empty unless held
 * @param english         why, one sentence per line
 * @param chinese         why, in Chinese
 */
public record CreditAnswer(CreditOutcome outcome, BigDecimal prepaymentRatio, List<String> reasons,
                           List<String> english, List<String> chinese) {
    public CreditAnswer {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(prepaymentRatio, "prepaymentRatio");
        reasons = List.copyOf(reasons);
        english = List.copyOf(english);
        chinese = List.copyOf(chinese);
        if ((outcome == CreditOutcome.HOLD) == reasons.isEmpty()) {
            throw new IllegalArgumentException("a hold names its reasons, and only a hold has reasons");
        }
    }

    /**
     * The answer with the prepayment the customer's agreement asks of every order (DS-3.3.2, DS-6.2.1), where
     * it is more than the check asks; a hold stays a hold.
     */
    public CreditAnswer withAgreedPrepayment(BigDecimal agreedRatio, String agreement) {
        if (outcome == CreditOutcome.HOLD || agreedRatio.compareTo(prepaymentRatio) <= 0) {
            return this;
        }
        Map<String, String> arguments = Map.of("ratio", agreedRatio.stripTrailingZeros().toPlainString(),
            "agreement", agreement);
        List<String> inEnglish = new ArrayList<>(english);
        inEnglish.add(Messages.text("orders.credit.agreed-prepayment", Messages.ENGLISH, arguments));
        List<String> inChinese = new ArrayList<>(chinese);
        inChinese.add(Messages.text("orders.credit.agreed-prepayment", Messages.CHINESE, arguments));
        return new CreditAnswer(CreditOutcome.APPROVED_WITH_PREPAYMENT, agreedRatio, reasons, inEnglish, inChinese);
    }
}
