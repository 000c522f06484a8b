/**
 * The storage SPI on JDBC, for PostgreSQL (JSONB bodies) and H2, with schema migrations, conditional
 * updates on the version, batched writes and an outbox several relays can share. The adapter is built
 * under its own issue and proves itself with the persistence TCK; for now this package marks its place.
 */
package dev.directsupply.persistence.jdbc;
