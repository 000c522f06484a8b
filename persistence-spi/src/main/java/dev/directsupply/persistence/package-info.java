/**
 * The storage SPI: a versioned document store that a host implements once to give the SDK its
 * storage. The root is {@link dev.directsupply.persistence.DocumentStore}: documents
 * ({@link dev.directsupply.persistence.Document}) are written in atomic
 * {@link dev.directsupply.persistence.WriteBatch}es with optimistic concurrency (each write names
 * the version it expects, and a stale one fails the whole batch with a
 * {@link dev.directsupply.persistence.VersionConflict}), together with the outbox events and the
 * audit entries the change caused. {@link dev.directsupply.persistence.InMemoryDocumentStore} is
 * the embedded default; every adapter proves itself against the contract test kit in
 * {@code directsupply-persistence-tck}.
 */
package dev.directsupply.persistence;
