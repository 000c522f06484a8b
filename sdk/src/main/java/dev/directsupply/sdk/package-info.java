/**
 * The one-line entry point. {@link dev.directsupply.sdk.DirectSupply#builder()} wires the modules
 * together over one storage SPI, one {@code Clock}, one set of
 * {@link dev.directsupply.sdk.PolicyParameters} and one access policy, and hands out the application
 * services. It is the only place that chooses implementations: Hibernate Validator for command
 * validation, the in-memory store unless the host brings its own.
 */
package dev.directsupply.sdk;
