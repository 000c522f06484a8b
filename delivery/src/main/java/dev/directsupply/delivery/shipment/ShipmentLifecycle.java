package dev.directsupply.delivery.shipment;

import static dev.directsupply.delivery.shipment.ShipmentAction.ACCEPT;
import static dev.directsupply.delivery.shipment.ShipmentAction.ARRIVE;
import static dev.directsupply.delivery.shipment.ShipmentAction.CANCEL;
import static dev.directsupply.delivery.shipment.ShipmentAction.DISPATCH;
import static dev.directsupply.delivery.shipment.ShipmentAction.INSPECT;
import static dev.directsupply.delivery.shipment.ShipmentAction.NOTIFY;
import static dev.directsupply.delivery.shipment.ShipmentAction.PACK;
import static dev.directsupply.delivery.shipment.ShipmentAction.REJECT;
import static dev.directsupply.delivery.shipment.ShipmentAction.RESOLVE;
import static dev.directsupply.delivery.shipment.ShipmentAction.UPDATE_ETA;
import static dev.directsupply.delivery.shipment.ShipmentStatus.ACCEPTED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.ACCEPTED_WITH_DISCREPANCY;
import static dev.directsupply.delivery.shipment.ShipmentStatus.ARRIVED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.CANCELLED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.DISPATCHED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.INSPECTED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.NOTIFIED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.PACKED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.PLANNED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.REJECTED;
import static dev.directsupply.delivery.shipment.ShipmentStatus.RESOLVED;

import dev.directsupply.kernel.statemachine.Guard;
import dev.directsupply.kernel.statemachine.TransitionTable;

/**
 * A shipment's lifecycle (DS-4.2): planned, cleared lot by lot by final inspection (DS-4.1.3, DS-6.2.3), packed
 * with labels that add up (DS-4.2.2), announced to the customer (DS-4.2.3) — and only then dispatched —,
 * arrived, and accepted jointly with the customer (DS-4.2.4): accepted, accepted with discrepancies, or
 * rejected; the discrepancies resolved by agreement, the last one settling the shipment. A rejected delivery is
 * settled the same way (a return, a replacement): the policy names no end for it, and an unsettled rejection
 * would leave the customer without goods or money. It may be cancelled until it leaves.
 * Diagram: {@code docs/state-diagrams/shipment-lifecycle.md}.
 */
public final class ShipmentLifecycle {
    static final Guard<Shipment> LOTS_CLEARED = Guard.of("delivery.guard.lots-cleared", "DS-6.2.3",
        Shipment::everyLotCleared);
    static final Guard<Shipment> LABELS_ADD_UP = Guard.of("delivery.guard.labels-add-up", "DS-4.2.2",
        Shipment::labelsAddUp);
    static final Guard<Shipment> NOTICE_SENT = Guard.of("delivery.guard.notice-sent", "DS-4.2.3",
        shipment -> shipment.journey().notice().isPresent());
    static final Guard<Shipment> NO_DISCREPANCY = Guard.of("delivery.guard.no-discrepancy", "DS-4.2.4",
        shipment -> shipment.acceptance() != null && shipment.acceptance().discrepancies().isEmpty());
    static final Guard<Shipment> DISCREPANCY_FOUND = Guard.of("delivery.guard.discrepancy-found", "DS-4.2.4",
        shipment -> shipment.acceptance() != null && !shipment.acceptance().discrepancies().isEmpty());
    static final Guard<Shipment> ALL_RESOLVED = Guard.of("delivery.guard.all-resolved", "DS-4.2.4",
        shipment -> shipment.acceptance() != null && shipment.acceptance().allResolved());

    public static final TransitionTable<ShipmentStatus, ShipmentAction, Shipment> TABLE = TransitionTable
        .builder("delivery.shipment-lifecycle", ShipmentStatus.class, ShipmentAction.class, Shipment.class)
        .initial(PLANNED)
        .from(PLANNED).on(INSPECT).to(INSPECTED).when(LOTS_CLEARED)
        .from(INSPECTED).on(PACK).to(PACKED).when(LABELS_ADD_UP)
        .from(PACKED).on(NOTIFY).to(NOTIFIED).when(NOTICE_SENT)
        .from(NOTIFIED, DISPATCHED).on(UPDATE_ETA).stays()
        .from(NOTIFIED).on(DISPATCH).to(DISPATCHED).when(LOTS_CLEARED).when(LABELS_ADD_UP).when(NOTICE_SENT)
        .from(DISPATCHED).on(ARRIVE).to(ARRIVED)
        .from(ARRIVED).on(ACCEPT).to(ACCEPTED).when(NO_DISCREPANCY)
        .from(ARRIVED).on(ACCEPT).to(ACCEPTED_WITH_DISCREPANCY).when(DISCREPANCY_FOUND)
        .from(ARRIVED).on(REJECT).to(REJECTED).when(DISCREPANCY_FOUND)
        .from(ACCEPTED_WITH_DISCREPANCY, REJECTED).on(RESOLVE).to(RESOLVED).when(ALL_RESOLVED)
        .from(ACCEPTED_WITH_DISCREPANCY, REJECTED).on(RESOLVE).stays()
        .from(PLANNED, INSPECTED, PACKED, NOTIFIED).on(CANCEL).to(CANCELLED)
        .build();

    private ShipmentLifecycle() {
    }
}
