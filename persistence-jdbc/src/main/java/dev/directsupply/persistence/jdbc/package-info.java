/**
 * The storage SPI on JDBC, for PostgreSQL (JSON bodies and payloads, JSONB attribute look-ups) and H2. The root is
 * {@link dev.directsupply.persistence.jdbc.JdbcDocumentStore}: one transaction per batch,
 * conditional updates on the version, inserts that fail on an existing document, JDBC batching,
 * attributes in their own indexed table, an outbox several relays share ({@code FOR UPDATE SKIP
 * LOCKED}), and failures reported truthfully — a lost race as a retryable conflict, a connection
 * lost during the commit as {@link dev.directsupply.persistence.CommitOutcomeUnknown}. The schema
 * comes from versioned migrations ({@link dev.directsupply.persistence.jdbc.JdbcMigrations}) per
 * {@link dev.directsupply.persistence.jdbc.Dialect}. The host brings the {@code DataSource} and
 * its pool (HikariCP, say).
 */
package dev.directsupply.persistence.jdbc;
