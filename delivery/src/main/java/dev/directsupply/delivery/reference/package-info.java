/** Reference implementations of delivery's ports, for tests, examples and hosts starting out. */
package dev.directsupply.delivery.reference;
