package dev.directsupply.orders;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.orders.order.CreditAnswer;
import dev.directsupply.orders.order.CreditCheck;
import dev.directsupply.orders.order.CreditOutcome;
import dev.directsupply.orders.order.CreditReference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A credit check the tests script: an outcome per customer (approved by default), the standing answer
 * per reference as the real one keeps it, and every call recorded.
 */
final class ScriptedCredit implements CreditCheck {
    private final Map<CustomerId, CreditAnswer> outcomes = new ConcurrentHashMap<>();
    /** The answer each reference stands at. */
    final Map<CreditReference, CreditAnswer> standing = new ConcurrentHashMap<>();
    final Map<CreditReference, String> overrides = new ConcurrentHashMap<>();
    /** The references released, with the reason. */
    final Map<CreditReference, String> released = new ConcurrentHashMap<>();
    /** Runs inside the next check, before it answers: a way to let another command overtake a review. */
    volatile Runnable meanwhile = () -> { };

    static CreditAnswer approve() {
        return new CreditAnswer(CreditOutcome.APPROVED, BigDecimal.ZERO, List.of(), List.of("Decision: Approve"),
            List.of("结论：批准"));
    }

    static CreditAnswer prepay(String ratio) {
        return new CreditAnswer(CreditOutcome.APPROVED_WITH_PREPAYMENT, new BigDecimal(ratio), List.of(),
            List.of("Decision: Approve with prepayment (prepayment ratio " + ratio + ")"),
            List.of("结论：预付款后批准（预付比例 " + ratio + "）"));
    }

    static CreditAnswer hold(String... reasons) {
        return new CreditAnswer(CreditOutcome.HOLD, BigDecimal.ZERO, List.of(reasons),
            List.of("Decision: Hold", "Hold reason: over the credit limit"), List.of("结论：冻结", "冻结原因：超出信用额度"));
    }

    /** From now on the customer's new checks and re-checks of held orders get this answer. */
    void answer(CustomerId customer, CreditAnswer answer) {
        outcomes.put(customer, answer);
    }

    @Override
    public CreditAnswer reserve(Actor actor, CustomerId customer, CreditReference reference, Money amount) {
        Runnable overtake = meanwhile;
        meanwhile = () -> { };
        overtake.run();
        return standing.compute(reference, (ref, before) -> before != null && before.outcome() != CreditOutcome.HOLD
            ? before : outcomes.getOrDefault(customer, approve()));
    }

    @Override
    public CreditAnswer override(Actor actor, CustomerId customer, CreditReference reference, Money amount, String reason) {
        if (!actor.hasRole(Role.FINANCE) && !actor.hasRole(Role.CREDIT_MANAGER)) {
            throw new AccessDenied(actor.id(), Permission.onCustomerInformation("risk.override-hold"), "DS-4.1.2",
                "kernel.error.access-denied.no-role");
        }
        Runnable overtake = meanwhile;
        meanwhile = () -> { };
        overtake.run();
        overrides.put(reference, reason);
        CreditAnswer approved = approve();
        standing.put(reference, approved);
        return approved;
    }

    /** The references marked delivered. */
    final Set<CreditReference> delivered = ConcurrentHashMap.newKeySet();

    @Override
    public void markDelivered(Actor actor, CustomerId customer, CreditReference reference) {
        if (standing.containsKey(reference)) {
            delivered.add(reference);
        }
    }

    @Override
    public void release(Actor actor, CustomerId customer, CreditReference reference, String reason) {
        if (standing.remove(reference) != null) {
            released.put(reference, reason);
        }
    }
}
