/**
 * What the event relay keeps in the store, as it is stored: a {@link dev.directsupply.sdk.internal.relay.Ledger}
 * per subscriber (what it received lately, its last success and failure, its rest) and a
 * {@link dev.directsupply.sdk.internal.relay.HeldDelivery} per subscriber and event that failed or was
 * held back behind a failure (waiting, parked, resolved or pruned), each sealed by
 * {@link dev.directsupply.sdk.internal.relay.SealedNotes} (DS-7.2.1). Only {@code dev.directsupply.sdk}
 * uses it.
 */
package dev.directsupply.sdk.internal.relay;
