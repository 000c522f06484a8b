/**
 * The one place outside {@code internal} packages where Jackson and MapStruct appear: the SDK's
 * JSON conventions ({@link dev.directsupply.kernel.codec.Json}: ISO dates, plain decimals, typed
 * ids as their text), the outbox event codec ({@link dev.directsupply.kernel.codec.JsonEventCodec}),
 * the policy parameter file reader ({@link dev.directsupply.kernel.parameters.JsonPolicyFile}), and the
 * MapStruct configuration every snapshot mapper shares
 * ({@link dev.directsupply.kernel.codec.SnapshotMapping}). Modules use it from their
 * {@code internal} packages; domain packages never import it.
 */
package dev.directsupply.kernel.codec;
