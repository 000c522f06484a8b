/**
 * Orders (DS-4.1), plugged in by {@link dev.directsupply.orders.OrdersModule}:
 * {@link dev.directsupply.orders.order.OrderDesk} receives orders through named channels with idempotency
 * keys, reviews them (completeness and accuracy, capacity and inventory, credit), takes problems up with
 * the customer, waits for prepayments and credit, releases orders to production, follows their
 * progress, warns of delays before they happen and keeps the feed of what the customer was told. The
 * module asks outside itself only through its ports: the customers, agreements, catalogue, supply
 * check, production planning, credit check and billing; {@code reference} holds in-memory
 * implementations of the first four.
 */
package dev.directsupply.orders;
