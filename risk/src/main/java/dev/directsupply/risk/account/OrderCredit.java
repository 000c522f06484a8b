package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The customer's orders as credit sees them (DS-4.1.2): those reserved — approved and not yet
 * invoiced or cancelled — and those held, oldest first, waiting for the check to pass.
 */
public record OrderCredit(List<Reservation> reservations, List<Hold> holds) {

    public OrderCredit {
        reservations = List.copyOf(reservations);
        holds = List.copyOf(holds);
    }

    static OrderCredit none() {
        return new OrderCredit(List.of(), List.of());
    }

    public Optional<Reservation> reservation(OrderReference order) {
        return reservations.stream().filter(r -> r.order().equals(order)).findFirst();
    }

    public Optional<Hold> hold(OrderReference order) {
        return holds.stream().filter(h -> h.order().equals(order)).findFirst();
    }

    /** What the reservations in the state add up to. */
    public Money reserved(ReservationState state, Currency currency) {
        Money sum = Money.zero(currency);
        for (Reservation reservation : reservations) {
            if (reservation.state() == state) {
                sum = sum.plus(reservation.amount());
            }
        }
        return sum;
    }

    /** Without the order's reservation or hold. */
    OrderCredit without(OrderReference order) {
        List<Reservation> kept = reservations.stream().filter(r -> !r.order().equals(order)).toList();
        List<Hold> held = holds.stream().filter(h -> !h.order().equals(order)).toList();
        return kept.size() == reservations.size() && held.size() == holds.size() ? this : new OrderCredit(kept, held);
    }

    OrderCredit reserved(Reservation reservation) {
        List<Reservation> more = new ArrayList<>(reservations.size() + 1);
        more.addAll(reservations);
        more.add(reservation);
        return new OrderCredit(more, holds);
    }

    OrderCredit held(Hold hold) {
        List<Hold> more = new ArrayList<>(holds.size() + 1);
        more.addAll(holds);
        more.add(hold);
        return new OrderCredit(reservations, more);
    }

    /** The same holds with one replaced where it stands: a hold keeps its place in the queue. */
    OrderCredit replaced(Hold before, Hold after) {
        List<Hold> next = new ArrayList<>(holds);
        next.set(next.indexOf(before), after);
        return new OrderCredit(reservations, next);
    }

    OrderCredit replaced(Reservation before, Reservation after) {
        List<Reservation> next = new ArrayList<>(reservations);
        next.set(next.indexOf(before), after);
        return new OrderCredit(next, holds);
    }
}
