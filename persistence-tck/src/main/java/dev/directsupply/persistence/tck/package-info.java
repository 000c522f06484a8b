/**
 * The contract test kit of the storage SPI. An adapter author extends
 * {@link dev.directsupply.persistence.tck.DocumentStoreTck} and supplies a store; the class runs every
 * contract: documents ({@link dev.directsupply.persistence.tck.DocumentContract}), optimistic
 * concurrency ({@link dev.directsupply.persistence.tck.ConflictContract}), attribute look-ups
 * ({@link dev.directsupply.persistence.tck.IndexContract}), scans
 * ({@link dev.directsupply.persistence.tck.ScanContract}), the outbox
 * ({@link dev.directsupply.persistence.tck.OutboxContract}), the audit trail
 * ({@link dev.directsupply.persistence.tck.AuditContract}) and many writers at once
 * ({@link dev.directsupply.persistence.tck.ConcurrencyContract}). Each contract is also a test
 * interface of its own, for an adapter that wants to run a part.
 */
package dev.directsupply.persistence.tck;
