/**
 * Where Jackson meets the domain, and the one place outside {@code internal} packages it appears: the
 * SDK's JSON conventions ({@link dev.directsupply.kernel.codec.Json}: ISO dates, plain decimals, typed
 * ids as their text), the outbox event codec ({@link dev.directsupply.kernel.codec.JsonEventCodec}), and
 * aggregates stored as the JSON of their records under a layout number
 * ({@link dev.directsupply.kernel.codec.JsonDocuments}). Modules name their codecs in their
 * {@code internal} packages; domain packages never import Jackson.
 */
package dev.directsupply.kernel.codec;
