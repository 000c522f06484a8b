/**
 * In-memory reference implementations of the orders module's ports, for examples, tests and hosts
 * that start without systems of their own: a product catalogue and stock and
 * capacity that answer both the supply check and production planning.
 */
package dev.directsupply.orders.reference;
