/**
 * The customer module's machinery, hidden from other modules: the stored form of a customer
 * ({@link dev.directsupply.customer.internal.CustomerSnapshot}, mapped by MapStruct and written by
 * Jackson through {@link dev.directsupply.customer.internal.CustomerDocuments}), the validators of
 * the module's constraints, and the shipped default parameters.
 */
package dev.directsupply.customer.internal;
