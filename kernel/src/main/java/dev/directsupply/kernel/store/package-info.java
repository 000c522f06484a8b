/**
 * Aggregates over the storage SPI. An {@link dev.directsupply.kernel.store.AggregateRepository}
 * does load → decide → save: it reads the current version, lets the aggregate decide
 * ({@link dev.directsupply.kernel.store.Changed}), and writes the new document, its events (outbox)
 * and a hash-chained audit entry ({@link dev.directsupply.kernel.store.AuditSeal}) in one atomic
 * batch that names the version it read. A lost race surfaces as
 * {@link dev.directsupply.kernel.ConcurrencyConflict}; {@link dev.directsupply.kernel.store.Retry}
 * repeats a command for callers that want it. Verification (DS-7.2.1): an
 * {@link dev.directsupply.kernel.store.AuditTrails} checks one aggregate or a whole collection, against a
 * {@link dev.directsupply.kernel.store.Checkpoint} when the host kept one, and
 * {@link dev.directsupply.kernel.store.EventSeals} checks an outbox event against the sealed entry of
 * the change that raised it.
 */
package dev.directsupply.kernel.store;
