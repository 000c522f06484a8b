package dev.directsupply.risk.account;

/**
 * The port through which the credit desk learns where an order stands before it gives back or settles
 * its reservation (DS-4.1.2): a release must name an order that ended or was delivered, so that nobody
 * frees a live order's credit to get another one approved over the limit. The SDK answers from its
 * orders module; without one every order is {@link OrderStage#UNKNOWN}.
 */
@FunctionalInterface
public interface OrderStages {
    OrderStage stageOf(OrderReference order);

    /** No orders module: every reference is the host's own. */
    static OrderStages none() {
        return order -> OrderStage.UNKNOWN;
    }
}
