package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The credit check's answer for one revision of an order, kept on the order so anyone can see why it
 * is held (DS-4.1.2): the outcome, the prepayment ratio, the hold reasons and the check's own
 * explanation in both languages, and who overrode a hold and why.
 *
 * @param reference     the reference the check knows this revision by
 * @param reasons       the hold reasons' codes, e.g. {@code OVER_LIMIT}; empty unless held
 * @param overriddenBy  the finance actor who released the hold against the check, or null
 */
public record CreditStanding(int revision, String reference, CreditOutcome outcome, BigDecimal prepaymentRatio,
                             List<String> reasons, List<String> english, List<String> chinese, Instant decidedAt,
                             ActorId overriddenBy, String overrideReason) {

    public CreditStanding {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(prepaymentRatio, "prepaymentRatio");
        reasons = List.copyOf(reasons);
        english = List.copyOf(english);
        chinese = List.copyOf(chinese);
        Objects.requireNonNull(decidedAt, "decidedAt");
        overrideReason = overrideReason == null ? "" : overrideReason;
        if ((outcome == CreditOutcome.HOLD) == reasons.isEmpty()) {
            throw new IllegalArgumentException("a hold names its reasons, and only a hold has reasons");
        }
    }

    public boolean isHeld() {
        return outcome == CreditOutcome.HOLD;
    }

    /** The check's explanation, one sentence per line. */
    public List<String> explain(Locale locale) {
        return locale.getLanguage().equals(Messages.CHINESE.getLanguage()) ? chinese : english;
    }
}
