/**
 * The order (DS-4.1): {@link dev.directsupply.orders.order.Order} is the aggregate root — its lines,
 * review, credit standing, prepayments, plan and progress per line, delay warnings, shipments,
 * acceptance and the feed of what the customer was told. Its states and the guards between them are
 * the declared table {@link dev.directsupply.orders.order.OrderLifecycle}: nothing is released that
 * did not pass completeness, supply and credit for its current revision (DS-4.1.2, DS-4.1.3), and
 * nothing ships while a delay waits for a solution agreed with the customer (DS-4.1.4).
 */
package dev.directsupply.orders.order;
