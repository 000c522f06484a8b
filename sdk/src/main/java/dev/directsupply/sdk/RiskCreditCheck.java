package dev.directsupply.sdk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.orders.CreditAnswer;
import dev.directsupply.orders.CreditCheck;
import dev.directsupply.orders.order.CreditOutcome;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.account.OverrideCreditHold;
import dev.directsupply.risk.account.ReleaseCredit;
import dev.directsupply.risk.account.ReserveCredit;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.CreditDecision;
import dev.directsupply.risk.account.HoldReason;

/**
 * The orders module's credit check, answered by the risk module's credit desk (DS-4.1.2): each order
 * revision is reserved against the customer's limit atomically with its other orders, and the
 * decision's explanation travels with the answer in both languages.
 */
final class RiskCreditCheck implements CreditCheck {
    private final CreditDesk credit;

    RiskCreditCheck(CreditDesk credit) {
        this.credit = credit;
    }

    @Override
    public CreditAnswer reserve(Actor actor, CustomerId customer, String reference, Money amount) {
        return answer(credit.reserve(actor, new ReserveCredit(customer, reference, amount.amount())));
    }

    @Override
    public CreditAnswer override(Actor actor, CustomerId customer, String reference, Money amount, String reason) {
        try {
            credit.overrideHold(actor, new OverrideCreditHold(customer, reference, reason));
        } catch (CreditAccount.NoSuchHold notHeld) {
            // A retried override, or the check passed meanwhile: the standing decision says which.
        }
        return reserve(actor, customer, reference, amount);
    }

    @Override
    public void release(Actor actor, CustomerId customer, String reference, String reason) {
        credit.release(actor, new ReleaseCredit(customer, reference, reason));
    }

    private static CreditAnswer answer(CreditDecision decision) {
        CreditOutcome outcome = switch (decision.outcome()) {
            case APPROVE -> CreditOutcome.APPROVED;
            case APPROVE_WITH_PREPAYMENT -> CreditOutcome.APPROVED_WITH_PREPAYMENT;
            case HOLD -> CreditOutcome.HOLD;
        };
        return new CreditAnswer(outcome, decision.prepaymentRatio(),
            decision.reasons().stream().map(HoldReason::name).toList(), decision.explain(Messages.ENGLISH),
            decision.explain(Messages.CHINESE));
    }
}
