/**
 * Orders (DS-4.1): {@link dev.directsupply.orders.OrderDesk} receives orders through named channels
 * with idempotency keys, reviews them (completeness and accuracy, capacity and inventory, credit),
 * takes problems up with the customer, waits for prepayments and credit, releases orders to
 * production, follows their progress, warns of delays before they happen and keeps the feed of what
 * the customer was told. The module asks outside itself only through its ports
 * ({@link dev.directsupply.orders.OrderPorts}): the customers, agreements, catalogue, supply check,
 * production planning and credit check, which {@code sdk} connects.
 */
package dev.directsupply.orders;
