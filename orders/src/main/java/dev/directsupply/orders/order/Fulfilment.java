package dev.directsupply.orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order on its way to the customer (DS-4.1.3, DS-4.1.4): the date promised, each line's plan and
 * progress once released, the slack there was at release, the delays foreseen and what was agreed about
 * them, the shipments, and the handover.
 *
 * @param promisedDeliveryDate the requested date once approved, later a date agreed over a delay; null before
 * @param tracking             one entry per line once released; empty before
 * @param slackAtRelease       days between the projected and the promised delivery when the slack was last
 *                             set (release, or a new date agreed)
 */
public record Fulfilment(LocalDate promisedDeliveryDate, List<LineTracking> tracking, long slackAtRelease,
                         List<DelayWarning> delays, List<Shipment> shipments, Handover handover) {

    public Fulfilment {
        tracking = List.copyOf(tracking);
        delays = List.copyOf(delays);
        shipments = List.copyOf(shipments);
        handover = handover == null ? Handover.NONE : handover;
    }

    static Fulfilment none() {
        return new Fulfilment(null, List.of(), 0, List.of(), List.of(), Handover.NONE);
    }

    /** Whether the order was released to production (it has a plan per line). */
    public boolean isReleased() {
        return !tracking.isEmpty();
    }

    /** The released line's plan and progress. */
    public Optional<LineTracking> tracking(int line) {
        for (LineTracking entry : tracking) {
            if (entry.line() == line) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Released, and every line can leave. */
    public boolean allReady() {
        return isReleased() && tracking.stream().allMatch(LineTracking::isReady);
    }

    /** How much of the line has left. */
    public BigDecimal shipped(int line) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Shipment shipment : shipments) {
            for (LineQuantity quantity : shipment.lines()) {
                if (quantity.line() == line) {
                    sum = sum.add(quantity.quantity());
                }
            }
        }
        return sum;
    }

    /** The shipment recorded under the reference. */
    public Optional<Shipment> shipment(String reference) {
        return shipments.stream().filter(s -> s.reference().equals(reference)).findFirst();
    }

    /** The day the last goods left, or null before the first shipment. */
    public LocalDate lastShipped() {
        return shipments.stream().map(Shipment::shippedOn).max(LocalDate::compareTo).orElse(null);
    }

    /** The delay warning that still waits for a solution agreed with the customer. */
    public Optional<DelayWarning> openDelay() {
        for (int i = delays.size() - 1; i >= 0; i--) {
            if (delays.get(i).isOpen()) {
                return Optional.of(delays.get(i));
            }
        }
        return Optional.empty();
    }

    /** When the last line will be ready, as far as can be told on the day; null before release. */
    public LocalDate projectedReady(LocalDate today) {
        LocalDate latest = null;
        for (LineTracking line : tracking) {
            LocalDate ready = line.projectedReady(today);
            if (latest == null || ready.isAfter(latest)) {
                latest = ready;
            }
        }
        return latest;
    }

    Fulfilment promising(LocalDate date) {
        return new Fulfilment(date, tracking, slackAtRelease, delays, shipments, handover);
    }

    Fulfilment released(List<LineTracking> plan) {
        return new Fulfilment(promisedDeliveryDate, plan, slackAtRelease, delays, shipments, handover);
    }

    Fulfilment withSlack(long slack) {
        return new Fulfilment(promisedDeliveryDate, tracking, slack, delays, shipments, handover);
    }

    Fulfilment progressed(LineTracking line) {
        List<LineTracking> next = new ArrayList<>(tracking);
        next.replaceAll(entry -> entry.line() == line.line() ? line : entry);
        return new Fulfilment(promisedDeliveryDate, next, slackAtRelease, delays, shipments, handover);
    }

    Fulfilment warned(DelayWarning warning) {
        return new Fulfilment(promisedDeliveryDate, tracking, slackAtRelease, Clearance.plus(delays, warning),
            shipments, handover);
    }

    Fulfilment solved(DelaySolution solution) {
        List<DelayWarning> next = new ArrayList<>(delays);
        next.replaceAll(warning -> warning.isOpen() ? warning.solved(solution) : warning);
        return new Fulfilment(promisedDeliveryDate, tracking, slackAtRelease, next, shipments, handover);
    }

    /** The open warning changed: told to the customer, or escalated for not having been (DS-4.1.4). */
    Fulfilment openDelayChanged(java.util.function.UnaryOperator<DelayWarning> change) {
        List<DelayWarning> next = new ArrayList<>(delays);
        next.replaceAll(warning -> warning.isOpen() ? change.apply(warning) : warning);
        return new Fulfilment(promisedDeliveryDate, tracking, slackAtRelease, next, shipments, handover);
    }

    Fulfilment shipped(Shipment shipment) {
        return new Fulfilment(promisedDeliveryDate, tracking, slackAtRelease, delays,
            Clearance.plus(shipments, shipment), handover);
    }

    Fulfilment handedOver(Handover next) {
        return new Fulfilment(promisedDeliveryDate, tracking, slackAtRelease, delays, shipments, next);
    }
}
