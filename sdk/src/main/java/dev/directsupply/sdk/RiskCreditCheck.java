package dev.directsupply.sdk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.orders.order.CreditAnswer;
import dev.directsupply.orders.order.CreditCheck;
import dev.directsupply.orders.order.CreditOutcome;
import dev.directsupply.orders.order.CreditReference;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.CreditDecision;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.account.HoldReason;
import dev.directsupply.risk.account.MarkDelivered;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.account.OverrideCreditHold;
import dev.directsupply.risk.account.ReleaseCredit;
import dev.directsupply.risk.account.ReserveCredit;
import java.util.List;

/**
 * The orders module's credit check, answered by the risk module's credit desk (DS-4.1.2): each order
 * revision is reserved against the customer's limit atomically with its other orders. The explanation
 * of a hold or of a prepayment asked travels with the answer in both languages, for the order to give
 * the customer; a plain approval travels without one.
 */
final class RiskCreditCheck implements CreditCheck {
    /** The longest reason the credit desk records. */
    private static final int REASON_LENGTH = 500;

    private final CreditDesk credit;

    RiskCreditCheck(CreditDesk credit) {
        this.credit = credit;
    }

    @Override
    public CreditAnswer reserve(Actor actor, CustomerId customer, CreditReference reference, Money amount) {
        return answer(credit.reserve(actor, new ReserveCredit(customer, order(reference), amount.amount())));
    }

    @Override
    public CreditAnswer override(Actor actor, CustomerId customer, CreditReference reference, Money amount,
                                 String reason) {
        try {
            credit.overrideHold(actor, new OverrideCreditHold(customer, order(reference), shortened(reason)));
        } catch (CreditAccount.NoSuchHold notHeld) {
            // A retried override, or the check passed meanwhile: the standing decision says which.
        }
        return reserve(actor, customer, reference, amount);
    }

    @Override
    public void release(Actor actor, CustomerId customer, CreditReference reference, String reason) {
        credit.release(actor, new ReleaseCredit(customer, order(reference), shortened(reason)));
    }

    @Override
    public void markDelivered(Actor actor, CustomerId customer, CreditReference reference) {
        try {
            credit.markDelivered(actor, new MarkDelivered(customer, order(reference)));
        } catch (CreditAccount.NoSuchReservation nothingReserved) {
            // Prepaid in full, or the reservation was already billed: nothing is exposed.
        }
    }

    static OrderReference order(CreditReference reference) {
        return OrderReference.of(reference.order().value(), reference.revision());
    }

    private static String shortened(String reason) {
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
    }

    private static CreditAnswer answer(CreditDecision decision) {
        CreditOutcome outcome = switch (decision.outcome()) {
            case APPROVE -> CreditOutcome.APPROVED;
            case APPROVE_WITH_PREPAYMENT -> CreditOutcome.APPROVED_WITH_PREPAYMENT;
            case HOLD -> CreditOutcome.HOLD;
        };
        if (outcome == CreditOutcome.APPROVED) {
            // A plain approval asks nothing of the order or the customer: its figures stay with the credit desk.
            return new CreditAnswer(outcome, decision.prepaymentRatio(), List.of(), List.of(), List.of());
        }
        return new CreditAnswer(outcome, decision.prepaymentRatio(),
            decision.reasons().stream().map(HoldReason::name).toList(), decision.explain(Messages.ENGLISH),
            decision.explain(Messages.CHINESE));
    }
}
