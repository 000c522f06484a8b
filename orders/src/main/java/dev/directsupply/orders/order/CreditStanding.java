package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The credit check's answer for one revision of the order (DS-4.1.2), when it came, and the override
 * that released the hold against the check, if one did.
 *
 * @param override null unless an authorised actor released a hold
 */
public record CreditStanding(int revision, CreditAnswer answer, Instant decidedAt, Override override) {

    public CreditStanding {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** Who released a hold against the check, and why (DS-4.1.2). */
    public record Override(ActorId by, String reason) {
        public Override {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public CreditOutcome outcome() {
        return answer.outcome();
    }

    public BigDecimal prepaymentRatio() {
        return answer.prepaymentRatio();
    }

    public List<String> reasons() {
        return answer.reasons();
    }

    public boolean isHeld() {
        return answer.outcome() == CreditOutcome.HOLD;
    }

    /** The check's explanation, one sentence per line. */
    public List<String> explain(Locale locale) {
        return locale.getLanguage().equals(Messages.CHINESE.getLanguage()) ? answer.chinese() : answer.english();
    }
}
