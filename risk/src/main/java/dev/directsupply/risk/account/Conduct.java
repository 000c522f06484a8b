package dev.directsupply.risk.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How the customer has behaved, as the scorecard reads it (DS-6.1.1, DS-6.2.1): how its last
 * invoices were settled, how many debts were written off as bad, and the violations on record.
 */
public record Conduct(List<SettledPayment> settledPayments, int defaults, List<ViolationRecord> violations) {
    /** How many settled payments the account remembers for the payment-behaviour factors. */
    public static final int PAYMENTS_KEPT = 24;

    public Conduct {
        settledPayments = List.copyOf(settledPayments);
        violations = List.copyOf(violations);
    }

    static Conduct none() {
        return new Conduct(List.of(), 0, List.of());
    }

    /** An invoice settled (paid, or written off when {@code writtenOff}) on the day joins the payment record. */
    Conduct settled(LocalDate dueDate, LocalDate on, boolean writtenOff) {
        List<SettledPayment> payments = new ArrayList<>(settledPayments);
        payments.add(new SettledPayment(dueDate, on));
        while (payments.size() > PAYMENTS_KEPT) {
            payments.remove(0);
        }
        return new Conduct(payments, defaults + (writtenOff ? 1 : 0), violations);
    }

    Conduct withViolation(ViolationRecord violation) {
        List<ViolationRecord> more = new ArrayList<>(violations.size() + 1);
        more.addAll(violations);
        more.add(violation);
        return new Conduct(settledPayments, defaults, more);
    }
}
